import '../styles/theme.css';
import PanelPage from '../panel/PanelPage.svelte';
import { mountPage } from './mount-page';

mountPage(PanelPage);
