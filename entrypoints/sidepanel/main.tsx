import { render } from 'preact';
import { COMMAND_PALETTE_CSS } from '@/components/command-palette';
import { SHORTCUT_HELP_CSS } from '@/components/shortcut-help';
import { App } from './app';
import { applyInterfaceLanguage, watchInterfaceLanguage } from '@/utils/extension/interface-language';
import './style.css';

// The palette and the help carry their styles as strings (the page overlay puts them in a shadow root).
const overlayStyles = document.createElement('style');
overlayStyles.textContent = COMMAND_PALETTE_CSS + SHORTCUT_HELP_CSS;
document.head.append(overlayStyles);

// The interface speaks the language the options choose (or the browser's); a change there re-renders the panel in it.
const root = document.getElementById('app')!;
void applyInterfaceLanguage().then((language) => {
  render(<App key={language} />, root);
  watchInterfaceLanguage((next) => render(<App key={next} />, root), language);
});
