import 'webextension-polyfill';
import { render } from 'preact';
import { ReportPage } from './app';

const root = document.getElementById('app');
if (root) render(<ReportPage search={location.search} />, root);
