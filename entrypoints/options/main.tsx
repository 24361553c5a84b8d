import { render } from 'preact';
import { OptionsApp } from './options-app';
import { applyInterfaceLanguage, watchInterfaceLanguage } from '@/utils/extension/interface-language';
import '../sidepanel/style.css';
import './style.css';

// The options page speaks the language chosen in it (or the browser's), and switches as soon as it is changed.
const root = document.getElementById('app')!;
void applyInterfaceLanguage().then((language) => {
  render(<OptionsApp key={language} />, root);
  watchInterfaceLanguage((next) => render(<OptionsApp key={next} />, root), language);
});
