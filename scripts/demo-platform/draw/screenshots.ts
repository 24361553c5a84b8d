import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { DEMO_IDENTIFIERS } from '../identifiers';
import { barcodeImage } from './labels';
import { roundRectPath, type Context } from './scene';

/** Pixel 7 screenshots: 1080x2400, crisp text (no blur, PNG), Material-style light theme. */
export const SCREENSHOT_WIDTH = 1080;
export const SCREENSHOT_HEIGHT = 2400;

function statusBar(ctx: Context, colour: string) {
  ctx.fillStyle = colour;
  ctx.font = '38px "DejaVu Sans"';
  ctx.fillText('10:42', 60, 78);
  ctx.fillRect(880, 50, 34, 30);
  ctx.fillRect(930, 44, 22, 36);
  roundRectPath(ctx, 965, 46, 56, 32, 6);
  ctx.fill();
}

export function drawAboutPhone(): Canvas {
  const { model, modelNumber, serial, imei, imei2 } = DEMO_IDENTIFIERS.aboutPhone;
  const canvas = createCanvas(SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fdf7ff';
  ctx.fillRect(0, 0, SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
  statusBar(ctx, '#1d1b20');
  ctx.fillStyle = '#1d1b20';
  ctx.font = '54px "DejaVu Sans"';
  ctx.fillText('\u2190', 50, 240);
  ctx.font = '76px "DejaVu Sans"';
  ctx.fillText('About phone', 60, 390);
  const items: [string, string | null][] = [
    ['Device name', model],
    ['Phone number (SIM slot 1)', '+1 415-555-0132'],
    ['Phone number (SIM slot 2)', 'Unknown'],
    ['Emergency information', 'Name, medical info, contacts'],
    ['Legal information', null],
    ['SIM status (SIM slot 1)', 'T-Mobile'],
    ['Model', model],
    ['Model number', modelNumber],
    ['Serial number', serial],
    ['IMEI (SIM slot 1)', imei],
    ['IMEI (SIM slot 2)', imei2],
    ['Android version', '14'],
    ['Build number', 'AP2A.240905.003'],
  ];
  let y = 520;
  for (const [title, value] of items) {
    ctx.fillStyle = '#1d1b20';
    ctx.font = '44px "DejaVu Sans"';
    ctx.fillText(title, 60, y);
    if (value) {
      ctx.fillStyle = '#49454f';
      ctx.font = '38px "DejaVu Sans"';
      ctx.fillText(value, 60, y + 56);
    }
    y += value ? 146 : 110;
  }
  ctx.fillStyle = '#1d1b20';
  roundRectPath(ctx, 390, 2350, 300, 12, 6);
  ctx.fill();
  return canvas;
}

export async function drawImeiDialog(): Promise<Canvas> {
  const { imei, imei2, eid } = DEMO_IDENTIFIERS.starHashZeroSix;
  const canvas = createCanvas(SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fdf7ff';
  ctx.fillRect(0, 0, SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
  statusBar(ctx, '#1d1b20');
  // The dialer behind the dialog: the typed code and the keypad.
  ctx.fillStyle = '#1d1b20';
  ctx.font = '96px "DejaVu Sans"';
  ctx.fillText('*#06#', 390, 1380);
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
  keys.forEach((key, index) => {
    const cx = 250 + (index % 3) * 290;
    const cy = 1560 + Math.floor(index / 3) * 190;
    ctx.beginPath();
    ctx.arc(cx, cy, 80, 0, Math.PI * 2);
    ctx.fillStyle = '#ece6f0';
    ctx.fill();
    ctx.fillStyle = '#1d1b20';
    ctx.font = '64px "DejaVu Sans"';
    ctx.fillText(key, cx - 20, cy + 22);
  });
  ctx.fillStyle = 'rgba(0, 0, 0, 0.32)';
  ctx.fillRect(0, 0, SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
  roundRectPath(ctx, 70, 330, 940, 1500, 48);
  ctx.fillStyle = '#f3edf7';
  ctx.fill();
  ctx.fillStyle = '#1d1b20';
  ctx.font = '58px "DejaVu Sans"';
  ctx.fillText('Device info', 130, 440);
  const sections: [string, string][] = [
    ['EID', eid],
    ['IMEI1', imei],
    ['IMEI2', imei2],
  ];
  let y = 540;
  for (const [label, value] of sections) {
    ctx.fillStyle = '#1d1b20';
    ctx.font = 'bold 40px "DejaVu Sans"';
    ctx.fillText(label, 130, y);
    ctx.font = value.length > 20 ? '36px "DejaVu Sans Mono"' : '44px "DejaVu Sans Mono"';
    ctx.fillText(value, 130, y + 60);
    const bars = await barcodeImage('code128', value, { scale: 2, height: 12 });
    ctx.drawImage(bars, 130, y + 90, 820, 180);
    y += 400;
  }
  ctx.fillStyle = '#65558f';
  ctx.font = 'bold 44px "DejaVu Sans"';
  ctx.fillText('OK', 900, 1780);
  return canvas;
}
