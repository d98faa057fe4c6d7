// Vite's client types: side-effect CSS imports (`import '../styles/theme.css'`) and `import.meta.env`.
/// <reference types="vite/client" />
