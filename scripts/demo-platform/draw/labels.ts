import { createCanvas, loadImage, type Canvas, type Image } from '@napi-rs/canvas';
import bwipjs from 'bwip-js/node';
import { DEMO_IDENTIFIERS, withDhlExpressCheck } from '../identifiers';
import type { Context } from './scene';

/** 4x6 inch shipping labels at 300 dpi, laid out like the real carriers' thermal labels. */
export const LABEL_WIDTH = 1200;
export const LABEL_HEIGHT = 1800;

export async function barcodeImage(bcid: string, text: string, options: Record<string, unknown> = {}): Promise<Image> {
  const png = await bwipjs.toBuffer({ bcid, text, scale: 4, height: 18, ...options });
  return loadImage(png);
}

function text(ctx: Context, value: string, x: number, y: number, size: number, weight: 'normal' | 'bold' = 'normal') {
  ctx.font = `${weight} ${size}px "Liberation Sans"`;
  ctx.fillText(value, x, y);
}

function rule(ctx: Context, y: number, width = 6) {
  ctx.fillRect(0, y, LABEL_WIDTH, width);
}

/** Group a DHL Express waybill the way the label prints it: 2-4-4. */
export function formatWaybill(waybill: string): string {
  return `${waybill.slice(0, 2)} ${waybill.slice(2, 6)} ${waybill.slice(6)}`;
}

export interface DhlLabelData {
  waybill: string;
  sender: string[];
  receiver: string[];
  reference: string;
  date: string;
}

export const DHL_LABELS: Record<string, DhlLabelData> = {
  '104820734': {
    waybill: DEMO_IDENTIFIERS.dhlExpressLabel.waybill,
    sender: ['Priya Patel', '27 Alder Grove', 'Leicester LE2 3QF', 'United Kingdom', 'Tel +44 7700 900412'],
    receiver: ['TechRevive Ltd - Returns', 'Unit 4, Saltley Business Park', 'Birmingham B8 1BL', 'United Kingdom'],
    reference: 'BM-104820734',
    date: '2026-11-17',
  },
  '104820113': {
    waybill: withDhlExpressCheck('512739048'),
    sender: ['Olivia Bennett', 'Flat 3, 14 Marlowe Road', 'Bristol BS6 5NH', 'United Kingdom', 'Tel +44 7700 900187'],
    receiver: ['TechRevive Ltd - Returns', 'Unit 4, Saltley Business Park', 'Birmingham B8 1BL', 'United Kingdom'],
    reference: 'BM-104820113',
    date: '2026-11-20',
  },
};

export async function drawDhlExpressLabel(data: DhlLabelData): Promise<Canvas> {
  const canvas = createCanvas(LABEL_WIDTH, LABEL_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, LABEL_WIDTH, LABEL_HEIGHT);
  ctx.fillStyle = '#ffcc00';
  ctx.fillRect(0, 0, LABEL_WIDTH, 130);
  ctx.fillStyle = '#d40511';
  ctx.font = 'italic bold 104px "Liberation Sans"';
  ctx.fillText('DHL', 40, 105);
  ctx.fillStyle = '#000';
  text(ctx, 'EXPRESS WORLDWIDE', 330, 70, 44, 'bold');
  text(ctx, 'DOM   WPX   0.5 kg   1/1', 330, 115, 34);
  rule(ctx, 130);
  text(ctx, 'From:', 30, 180, 30, 'bold');
  data.sender.forEach((line, index) => text(ctx, line, 130, 180 + index * 38, 32));
  rule(ctx, 380, 3);
  text(ctx, 'To:', 30, 430, 34, 'bold');
  data.receiver.forEach((line, index) => text(ctx, line, 130, 432 + index * 52, 46, 'bold'));
  rule(ctx, 660);
  const accountNumber = DEMO_IDENTIFIERS.dhlExpressLabel.distractors[0];
  const shipperReference = DEMO_IDENTIFIERS.dhlExpressLabel.distractors[1];
  text(ctx, `Ref: ${data.reference}`, 30, 710, 32);
  text(ctx, `Acct No: ${accountNumber}`, 620, 710, 32);
  text(ctx, `Shipper ref: ${shipperReference}`, 30, 755, 32);
  text(ctx, `Date: ${data.date}`, 620, 755, 32);
  text(ctx, 'Contents: Mobile phone (return)', 30, 800, 32);
  text(ctx, DEMO_IDENTIFIERS.dhlExpressLabel.distractors[2], 620, 800, 32);
  rule(ctx, 825, 3);
  // Routing barcode (distractor: a long alphanumeric string, not the waybill).
  const routing = await barcodeImage('code128', '2LGBB81BL+48000000', { height: 14 });
  ctx.drawImage(routing, 60, 850, 1080, 150);
  text(ctx, '(2L)GBB81BL+48000000', 380, 1040, 30);
  rule(ctx, 1065, 6);
  text(ctx, `WAYBILL ${formatWaybill(data.waybill)}`, 60, 1130, 58, 'bold');
  const waybillBars = await barcodeImage('code128', data.waybill, { height: 22 });
  ctx.drawImage(waybillBars, 160, 1160, 880, 270);
  rule(ctx, 1460, 3);
  const licencePlate = DEMO_IDENTIFIERS.dhlExpressLabel.distractors[3];
  const plateBars = await barcodeImage('code128', licencePlate, { height: 16 });
  ctx.drawImage(plateBars, 60, 1490, 1080, 200);
  text(ctx, `(J) ${licencePlate.replace(/(.{4})/g, '$1 ').trim()}`, 250, 1740, 36, 'bold');
  return canvas;
}

export async function drawUpsLabel(): Promise<Canvas> {
  const tracking = DEMO_IDENTIFIERS.upsLabel.trackingNumber;
  const canvas = createCanvas(LABEL_WIDTH, LABEL_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, LABEL_WIDTH, LABEL_HEIGHT);
  ctx.fillStyle = '#000';
  ['DANIEL FOSTER', '(614) 555-0187', '88 LINDEN AVE', 'DAYTON OH 45402'].forEach((line, index) =>
    text(ctx, line, 30, 50 + index * 38, 32),
  );
  text(ctx, '1 LBS', 880, 50, 40, 'bold');
  text(ctx, '1 OF 1', 880, 95, 34);
  text(ctx, 'SHIP TO:', 30, 240, 32, 'bold');
  ['RENEWED CIRCUIT LLC', 'BUYBACK DEPT', '1200 INDUSTRIAL PKWY', 'COLUMBUS OH 43219-1816'].forEach((line, index) =>
    text(ctx, line, 110, 290 + index * 56, 50, 'bold'),
  );
  rule(ctx, 520);
  const maxicode = await barcodeImage('maxicode', `[)>\u001e01\u001d96432191816\u001d840\u001d003\u001d${tracking}`, {
    scale: 4,
    height: undefined,
  });
  ctx.drawImage(maxicode, 30, 545, 330, 315);
  text(ctx, 'OH 432 9-04', 420, 650, 96, 'bold');
  const postal = await barcodeImage('code128', '42043219', { height: 14 });
  ctx.drawImage(postal, 420, 690, 700, 150);
  rule(ctx, 880, 10);
  text(ctx, 'UPS GROUND', 30, 960, 76, 'bold');
  ctx.fillRect(1040, 895, 130, 130);
  text(ctx, `TRACKING #: ${tracking.replace(/^(1Z)(...)(...)(..)(....)(....)$/, '$1 $2 $3 $4 $5 $6')}`, 30, 1030, 44);
  rule(ctx, 1055, 4);
  const trackingBars = await barcodeImage('code128', tracking, { height: 24 });
  ctx.drawImage(trackingBars, 110, 1090, 980, 320);
  rule(ctx, 1440, 10);
  text(ctx, 'BILLING: P/P', 30, 1500, 34, 'bold');
  text(ctx, `REF 1: ${DEMO_IDENTIFIERS.upsLabel.distractors[0]}`, 30, 1550, 34);
  text(ctx, 'REF 2: TRADE-IN IPHONE 11', 30, 1600, 34);
  text(ctx, 'CWS 25.1.07  ZZ 50.5V 11/2026', 30, 1760, 26);
  return canvas;
}

/** The label stuck on a parcel and photographed: slight rotation, cardboard, uneven light, grain, soft focus. */
export function photographLabel(ctx: Context, label: Canvas, width: number, height: number, angleDegrees: number): void {
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((angleDegrees * Math.PI) / 180);
  ctx.shadowColor = 'rgba(0, 0, 0, 0.3)';
  ctx.shadowBlur = 12;
  ctx.shadowOffsetY = 4;
  ctx.filter = 'blur(0.8px)';
  const scale = Math.min((width * 0.84) / LABEL_WIDTH, (height * 0.88) / LABEL_HEIGHT);
  ctx.drawImage(label, (-LABEL_WIDTH * scale) / 2, (-LABEL_HEIGHT * scale) / 2, LABEL_WIDTH * scale, LABEL_HEIGHT * scale);
  ctx.filter = 'none';
  ctx.shadowColor = 'rgba(0, 0, 0, 0)';
  // Clear packing tape across the top corner catches the light.
  ctx.fillStyle = 'rgba(255, 255, 255, 0.13)';
  ctx.fillRect((-LABEL_WIDTH * scale) / 2 - 60, (-LABEL_HEIGHT * scale) / 2 + 120, LABEL_WIDTH * scale + 120, 90);
  ctx.restore();
}
