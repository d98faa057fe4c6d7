/** Vite inlines `?inline` imports as `data:` URLs, so the icons travel inside the main bundle. */
declare module '*.png?inline' {
  const dataUrl: string;
  export default dataUrl;
}
