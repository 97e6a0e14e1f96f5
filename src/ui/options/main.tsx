import 'webextension-polyfill';
import { render } from 'preact';
import { OptionsApp } from './app';

const root = document.getElementById('app');
if (root) render(<OptionsApp search={location.search} />, root);
