import '../styles/theme.css';
import SettingsPage from '../settings/SettingsPage.svelte';
import { mountPage } from './mount-page';

mountPage(SettingsPage);
