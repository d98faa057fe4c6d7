import '../styles/theme.css';
import PopupPage from '../popup/PopupPage.svelte';
import { mountPage } from './mount-page';

mountPage(PopupPage);
