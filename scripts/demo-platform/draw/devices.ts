import type { DeviceKind, DeviceView } from '../attachments';
import { roundRectPath, shade, type Context } from './scene';

/**
 * Devices drawn around the origin of a 2016x1512 scene (the photo is this scene upscaled 2x, which also gives
 * the slight softness of a real lens). Proportions follow the real devices; details are only what an agent
 * looks for on each shot: a lit or dark screen, cameras, buttons and ports on the edges.
 */

const WALLPAPER = ['#3b2c85', '#c2467a', '#f29a4a'];
const ICON_COLOURS = ['#34c759', '#0a84ff', '#ff9f0a', '#ff375f', '#5e5ce6', '#64d2ff', '#ffd60a', '#bf5af2'];

function castShadow(ctx: Context, draw: () => void): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.5)';
  ctx.shadowBlur = 50;
  ctx.shadowOffsetX = 18;
  ctx.shadowOffsetY = 28;
  draw();
  ctx.restore();
}

function metalGradient(ctx: Context, x0: number, y0: number, x1: number, y1: number, colour: string) {
  const gradient = ctx.createLinearGradient(x0, y0, x1, y1);
  gradient.addColorStop(0, shade(colour, 0.35));
  gradient.addColorStop(0.45, shade(colour, 0.05));
  gradient.addColorStop(0.55, shade(colour, -0.15));
  gradient.addColorStop(1, shade(colour, 0.2));
  return gradient;
}

function litScreen(
  ctx: Context,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
  random: () => number,
  columns: number,
) {
  const wallpaper = ctx.createLinearGradient(x, y, x + width * 0.6, y + height);
  wallpaper.addColorStop(0, WALLPAPER[0]!);
  wallpaper.addColorStop(0.55, WALLPAPER[1]!);
  wallpaper.addColorStop(1, WALLPAPER[2]!);
  roundRectPath(ctx, x, y, width, height, radius);
  ctx.fillStyle = wallpaper;
  ctx.fill();
  // Screens glow: a bright centre so "screen on" reads as lit, not just coloured.
  const glow = ctx.createRadialGradient(x + width / 2, y + height / 2, 0, x + width / 2, y + height / 2, Math.max(width, height) / 1.5);
  glow.addColorStop(0, 'rgba(255, 255, 255, 0.25)');
  glow.addColorStop(1, 'rgba(255, 255, 255, 0)');
  ctx.fillStyle = glow;
  ctx.fill();
  const cell = width / columns;
  const icon = cell * 0.62;
  const rows = Math.floor((height * 0.78) / cell);
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      roundRectPath(ctx, x + column * cell + (cell - icon) / 2, y + height * 0.08 + row * cell, icon, icon, icon * 0.24);
      ctx.fillStyle = ICON_COLOURS[Math.floor(random() * ICON_COLOURS.length)]!;
      ctx.fill();
    }
  }
}

function darkScreen(ctx: Context, x: number, y: number, width: number, height: number, radius: number) {
  roundRectPath(ctx, x, y, width, height, radius);
  ctx.fillStyle = '#060708';
  ctx.fill();
  // Glossy glass: one soft diagonal reflection of the room.
  ctx.save();
  ctx.clip();
  const reflection = ctx.createLinearGradient(x, y, x + width, y + height);
  reflection.addColorStop(0.2, 'rgba(255, 255, 255, 0)');
  reflection.addColorStop(0.38, 'rgba(255, 255, 255, 0.16)');
  reflection.addColorStop(0.5, 'rgba(255, 255, 255, 0.03)');
  reflection.addColorStop(1, 'rgba(255, 255, 255, 0)');
  ctx.fillStyle = reflection;
  ctx.fillRect(x, y, width, height);
  ctx.restore();
}

function lens(ctx: Context, cx: number, cy: number, radius: number) {
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fillStyle = '#2b2d31';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(cx, cy, radius * 0.72, 0, Math.PI * 2);
  ctx.fillStyle = '#07080c';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(cx, cy, radius * 0.4, 0, Math.PI * 2);
  ctx.fillStyle = '#1b2440';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(cx - radius * 0.25, cy - radius * 0.25, radius * 0.12, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.7)';
  ctx.fill();
}

function logo(ctx: Context, cx: number, cy: number, radius: number, colour: string) {
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fillStyle = shade(colour, 0.18);
  ctx.fill();
  ctx.beginPath();
  ctx.arc(cx + radius * 0.9, cy - radius * 0.4, radius * 0.45, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.fill();
}

/** A device edge laid flat: a long thin bar with the given button and port marks. */
function edge(
  ctx: Context,
  length: number,
  thickness: number,
  colour: string,
  marks: { at: number; size: number; kind: 'button' | 'port' | 'holes' | 'switch' | 'crown' | 'tray' }[],
) {
  castShadow(ctx, () => {
    roundRectPath(ctx, -length / 2, -thickness / 2, length, thickness, thickness / 2);
    ctx.fillStyle = metalGradient(ctx, 0, -thickness / 2, 0, thickness / 2, colour);
    ctx.fill();
  });
  // Antenna bands, as on metal-framed phones.
  ctx.fillStyle = 'rgba(20, 20, 20, 0.35)';
  ctx.fillRect(-length * 0.42, -thickness / 2, 8, thickness);
  ctx.fillRect(length * 0.42, -thickness / 2, 8, thickness);
  for (const mark of marks) {
    const x = -length / 2 + mark.at * length;
    if (mark.kind === 'button' || mark.kind === 'switch') {
      roundRectPath(ctx, x - mark.size / 2, -thickness / 2 - 16, mark.size, 26, 12);
      ctx.fillStyle = metalGradient(ctx, 0, -thickness / 2 - 16, 0, -thickness / 2 + 10, colour);
      ctx.fill();
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.35)';
      ctx.lineWidth = 2;
      ctx.stroke();
    } else if (mark.kind === 'crown') {
      roundRectPath(ctx, x - mark.size / 2, -thickness / 2 - 40, mark.size, 44, 10);
      ctx.fillStyle = shade(colour, 0.1);
      ctx.fill();
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.4)';
      ctx.lineWidth = 2;
      for (let ridge = 6; ridge < mark.size; ridge += 8) {
        ctx.beginPath();
        ctx.moveTo(x - mark.size / 2 + ridge, -thickness / 2 - 38);
        ctx.lineTo(x - mark.size / 2 + ridge, -thickness / 2);
        ctx.stroke();
      }
    } else if (mark.kind === 'port') {
      roundRectPath(ctx, x - mark.size / 2, -thickness * 0.22, mark.size, thickness * 0.44, thickness * 0.2);
      ctx.fillStyle = '#0c0c0e';
      ctx.fill();
    } else if (mark.kind === 'tray') {
      roundRectPath(ctx, x - mark.size / 2, -thickness * 0.3, mark.size, thickness * 0.6, thickness * 0.28);
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.45)';
      ctx.lineWidth = 3;
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(x + mark.size / 2 - 14, 0, 5, 0, Math.PI * 2);
      ctx.fillStyle = '#111';
      ctx.fill();
    } else {
      for (let hole = 0; hole < 6; hole += 1) {
        ctx.beginPath();
        ctx.arc(x + hole * (mark.size / 6), 0, thickness * 0.08, 0, Math.PI * 2);
        ctx.fillStyle = '#101012';
        ctx.fill();
      }
    }
  }
}

function smartphone(ctx: Context, view: DeviceView, colour: string, random: () => number) {
  const height = 1160;
  const width = Math.round((height * 71.5) / 146.7);
  const x = -width / 2;
  const y = -height / 2;
  switch (view) {
    case 'screen-on':
    case 'screen-off':
    case 'front': {
      castShadow(ctx, () => {
        roundRectPath(ctx, x, y, width, height, 86);
        ctx.fillStyle = metalGradient(ctx, x, y, x + width, y + height, colour);
        ctx.fill();
      });
      roundRectPath(ctx, x + 10, y + 10, width - 20, height - 20, 78);
      ctx.fillStyle = '#030304';
      ctx.fill();
      if (view === 'screen-on') {
        litScreen(ctx, x + 26, y + 26, width - 52, height - 52, 64, random, 4);
        ctx.fillStyle = '#ffffff';
        ctx.font = 'bold 34px "DejaVu Sans"';
        ctx.fillText('9:41', x + 70, y + 70);
      } else {
        darkScreen(ctx, x + 26, y + 26, width - 52, height - 52, 64);
      }
      roundRectPath(ctx, -85, y + 24, 170, 40, 18);
      ctx.fillStyle = '#000';
      ctx.fill();
      return;
    }
    case 'back': {
      castShadow(ctx, () => {
        roundRectPath(ctx, x, y, width, height, 86);
        ctx.fillStyle = metalGradient(ctx, x, y, x + width, y + height, colour);
        ctx.fill();
      });
      roundRectPath(ctx, x + 12, y + 12, width - 24, height - 24, 76);
      ctx.fillStyle = shade(colour, -0.1);
      ctx.fill();
      roundRectPath(ctx, x + 36, y + 36, 230, 230, 56);
      ctx.fillStyle = shade(colour, 0.12);
      ctx.fill();
      lens(ctx, x + 100, y + 100, 52);
      lens(ctx, x + 202, y + 202, 52);
      ctx.beginPath();
      ctx.arc(x + 205, y + 96, 16, 0, Math.PI * 2);
      ctx.fillStyle = '#f2e8c9';
      ctx.fill();
      logo(ctx, 0, 0, 62, shade(colour, -0.1));
      return;
    }
    case 'left':
      edge(ctx, height * 1.35, 110, colour, [
        { at: 0.16, size: 60, kind: 'switch' },
        { at: 0.28, size: 130, kind: 'button' },
        { at: 0.4, size: 130, kind: 'button' },
      ]);
      return;
    case 'right':
      edge(ctx, height * 1.35, 110, colour, [
        { at: 0.32, size: 200, kind: 'button' },
        { at: 0.62, size: 160, kind: 'tray' },
      ]);
      return;
    case 'top':
      edge(ctx, width * 2.6, 150, colour, []);
      return;
    case 'bottom':
      edge(ctx, width * 2.6, 150, colour, [
        { at: 0.22, size: 200, kind: 'holes' },
        { at: 0.5, size: 120, kind: 'port' },
        { at: 0.67, size: 200, kind: 'holes' },
      ]);
      return;
  }
}

function tablet(ctx: Context, view: DeviceView, colour: string, random: () => number) {
  const height = 1200;
  const width = Math.round((height * 174.1) / 250.6);
  const x = -width / 2;
  const y = -height / 2;
  if (view === 'screen-on' || view === 'screen-off' || view === 'front') {
    castShadow(ctx, () => {
      roundRectPath(ctx, x, y, width, height, 48);
      ctx.fillStyle = metalGradient(ctx, x, y, x + width, y + height, colour);
      ctx.fill();
    });
    roundRectPath(ctx, x + 8, y + 8, width - 16, height - 16, 42);
    ctx.fillStyle = '#0b0b0c';
    ctx.fill();
    if (view === 'screen-on') litScreen(ctx, x + 60, y + 110, width - 120, height - 220, 4, random, 5);
    else darkScreen(ctx, x + 60, y + 110, width - 120, height - 220, 4);
    ctx.beginPath();
    ctx.arc(0, y + height - 55, 34, 0, Math.PI * 2);
    ctx.strokeStyle = '#3a3a3c';
    ctx.lineWidth = 4;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(0, y + 55, 8, 0, Math.PI * 2);
    ctx.fillStyle = '#1c2233';
    ctx.fill();
    return;
  }
  if (view === 'back') {
    castShadow(ctx, () => {
      roundRectPath(ctx, x, y, width, height, 48);
      ctx.fillStyle = metalGradient(ctx, x, y, x + width, y + height, colour);
      ctx.fill();
    });
    lens(ctx, x + 70, y + 70, 30);
    logo(ctx, 0, 0, 70, colour);
    return;
  }
  const long = view === 'left' || view === 'right';
  edge(
    ctx,
    long ? 1700 : width * 2.1,
    90,
    colour,
    view === 'right'
      ? [
          { at: 0.12, size: 110, kind: 'button' },
          { at: 0.22, size: 110, kind: 'button' },
        ]
      : view === 'top'
        ? [
            { at: 0.15, size: 150, kind: 'button' },
            { at: 0.85, size: 40, kind: 'port' },
          ]
        : view === 'bottom'
          ? [
              { at: 0.2, size: 200, kind: 'holes' },
              { at: 0.5, size: 110, kind: 'port' },
              { at: 0.7, size: 200, kind: 'holes' },
            ]
          : [{ at: 0.5, size: 40, kind: 'holes' }],
  );
}

function laptop(ctx: Context, view: DeviceView, colour: string, random: () => number) {
  if (view === 'screen-on' || view === 'screen-off' || view === 'front') {
    const lidWidth = 1420;
    const lidHeight = 900;
    castShadow(ctx, () => {
      roundRectPath(ctx, -lidWidth / 2, -640, lidWidth, lidHeight, 36);
      ctx.fillStyle = '#1a1a1c';
      ctx.fill();
    });
    if (view === 'screen-on') litScreen(ctx, -lidWidth / 2 + 40, -600, lidWidth - 80, lidHeight - 90, 8, random, 12);
    else darkScreen(ctx, -lidWidth / 2 + 40, -600, lidWidth - 80, lidHeight - 90, 8);
    // Keyboard deck seen from above-front: a trapezoid.
    castShadow(ctx, () => {
      ctx.beginPath();
      ctx.moveTo(-lidWidth / 2, 260);
      ctx.lineTo(lidWidth / 2, 260);
      ctx.lineTo(lidWidth / 2 + 90, 680);
      ctx.lineTo(-lidWidth / 2 - 90, 680);
      ctx.closePath();
      ctx.fillStyle = metalGradient(ctx, 0, 260, 0, 680, colour);
      ctx.fill();
    });
    for (let row = 0; row < 5; row += 1) {
      const rowY = 285 + row * 46;
      const spread = 1 + row * 0.018;
      for (let key = 0; key < 14; key += 1) {
        const keyX = (-600 + key * 86) * spread;
        roundRectPath(ctx, keyX, rowY, 74 * spread, 38, 6);
        ctx.fillStyle = '#141416';
        ctx.fill();
      }
    }
    roundRectPath(ctx, -260, 520, 520, 140, 14);
    ctx.strokeStyle = shade(colour, -0.3);
    ctx.lineWidth = 3;
    ctx.stroke();
    return;
  }
  if (view === 'back' || view === 'bottom') {
    castShadow(ctx, () => {
      roundRectPath(ctx, -760, -520, 1520, 1040, 44);
      ctx.fillStyle = metalGradient(ctx, -760, -520, 760, 520, colour);
      ctx.fill();
    });
    if (view === 'back') {
      logo(ctx, 0, 0, 80, colour);
    } else {
      for (const [fx, fy] of [
        [-640, -410],
        [640, -410],
        [-640, 410],
        [640, 410],
      ] as const) {
        ctx.beginPath();
        ctx.arc(fx, fy, 34, 0, Math.PI * 2);
        ctx.fillStyle = '#2a2a2c';
        ctx.fill();
      }
      for (let screw = 0; screw < 10; screw += 1) {
        const sx = -700 + (screw % 5) * 350;
        const sy = screw < 5 ? -490 : 490;
        ctx.beginPath();
        ctx.arc(sx, sy, 9, 0, Math.PI * 2);
        ctx.fillStyle = '#444';
        ctx.fill();
      }
    }
    return;
  }
  edge(
    ctx,
    1760,
    view === 'top' ? 70 : 60,
    colour,
    view === 'left'
      ? [
          { at: 0.12, size: 70, kind: 'port' },
          { at: 0.19, size: 70, kind: 'port' },
        ]
      : view === 'right'
        ? [{ at: 0.9, size: 26, kind: 'port' }]
        : [],
  );
}

function smartwatch(ctx: Context, view: DeviceView, colour: string) {
  const band = shade(colour, -0.25);
  const drawBand = () => {
    roundRectPath(ctx, -200, -760, 400, 1520, 80);
    ctx.fillStyle = band;
    ctx.fill();
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.06)';
    ctx.lineWidth = 2;
    for (let hole = 0; hole < 6; hole += 1) {
      ctx.beginPath();
      ctx.arc(0, 420 + hole * 50, 10, 0, Math.PI * 2);
      ctx.stroke();
    }
  };
  if (view === 'left' || view === 'right') {
    castShadow(ctx, drawBand);
    edge(
      ctx,
      640,
      150,
      colour,
      view === 'right'
        ? [
            { at: 0.3, size: 80, kind: 'crown' },
            { at: 0.62, size: 120, kind: 'button' },
          ]
        : [{ at: 0.45, size: 180, kind: 'holes' }],
    );
    return;
  }
  castShadow(ctx, () => {
    drawBand();
    roundRectPath(ctx, -270, -320, 540, 640, 140);
    ctx.fillStyle = metalGradient(ctx, -270, -320, 270, 320, colour);
    ctx.fill();
  });
  if (view === 'back') {
    ctx.beginPath();
    ctx.arc(0, 0, 230, 0, Math.PI * 2);
    ctx.fillStyle = '#1d1f22';
    ctx.fill();
    ctx.beginPath();
    ctx.arc(0, 0, 95, 0, Math.PI * 2);
    ctx.fillStyle = '#0b0c0e';
    ctx.fill();
    for (let sensor = 0; sensor < 4; sensor += 1) {
      const angle = (sensor * Math.PI) / 2 + Math.PI / 4;
      ctx.beginPath();
      ctx.arc(Math.cos(angle) * 50, Math.sin(angle) * 50, 14, 0, Math.PI * 2);
      ctx.fillStyle = sensor % 2 ? '#2f6b3a' : '#3a3d44';
      ctx.fill();
    }
    return;
  }
  roundRectPath(ctx, -240, -290, 480, 580, 116);
  ctx.fillStyle = '#000';
  ctx.fill();
  roundRectPath(ctx, 262, -120, 34, 110, 12);
  ctx.fillStyle = shade(colour, 0.2);
  ctx.fill();
  if (view === 'screen-off') {
    darkScreen(ctx, -240, -290, 480, 580, 116);
    return;
  }
  ctx.lineWidth = 34;
  for (const [radius, hue, sweep] of [
    [170, '#fa114f', 1.6],
    [128, '#a6ff00', 1.2],
    [86, '#00d8fe', 0.9],
  ] as const) {
    ctx.beginPath();
    ctx.arc(0, 40, radius, -Math.PI / 2, -Math.PI / 2 + Math.PI * sweep);
    ctx.strokeStyle = hue;
    ctx.stroke();
  }
  ctx.fillStyle = '#ffffff';
  ctx.font = 'bold 64px "DejaVu Sans"';
  ctx.fillText('10:09', -90, -190);
}

function gameConsole(ctx: Context, view: DeviceView, colour: string) {
  const panel = (side: -1 | 1) => {
    ctx.beginPath();
    ctx.moveTo(side * 120, -640);
    ctx.bezierCurveTo(side * 420, -600, side * 470, -300, side * 400, 0);
    ctx.bezierCurveTo(side * 360, 300, side * 330, 560, side * 300, 640);
    ctx.lineTo(side * 120, 640);
    ctx.closePath();
    ctx.fillStyle = metalGradient(ctx, side * 120, -640, side * 420, 640, colour);
    ctx.fill();
  };
  if (view === 'front' || view === 'back' || view === 'screen-on' || view === 'screen-off') {
    castShadow(ctx, () => {
      roundRectPath(ctx, -130, -620, 260, 1250, 30);
      ctx.fillStyle = '#16171a';
      ctx.fill();
      panel(-1);
      panel(1);
    });
    if (view === 'back') {
      for (let hole = 0; hole < 180; hole += 1) {
        ctx.beginPath();
        ctx.arc(-90 + (hole % 9) * 22, -560 + Math.floor(hole / 9) * 22, 6, 0, Math.PI * 2);
        ctx.fillStyle = '#050506';
        ctx.fill();
      }
      for (let port = 0; port < 4; port += 1) {
        roundRectPath(ctx, -60, 120 + port * 70, 120, 40, 6);
        ctx.fillStyle = '#000';
        ctx.fill();
      }
    } else {
      ctx.fillStyle = 'rgba(80, 150, 255, 0.85)';
      ctx.fillRect(-126, -600, 6, 1180);
      ctx.fillRect(120, -600, 6, 1180);
      roundRectPath(ctx, -50, -420, 100, 34, 6);
      ctx.fillStyle = '#000';
      ctx.fill();
      roundRectPath(ctx, -30, -360, 60, 26, 6);
      ctx.fill();
    }
    return;
  }
  // Side or top panel laid flat: a large curved white shape with the fine symbol texture.
  castShadow(ctx, () => {
    ctx.beginPath();
    ctx.moveTo(-760, -320);
    ctx.bezierCurveTo(-200, -420, 300, -400, 760, -260);
    ctx.lineTo(700, 320);
    ctx.bezierCurveTo(200, 380, -300, 400, -720, 300);
    ctx.closePath();
    ctx.fillStyle = metalGradient(ctx, -760, -400, 760, 400, colour);
    ctx.fill();
  });
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.05)';
  ctx.lineWidth = 2;
  for (let mark = 0; mark < 220; mark += 1) {
    const mx = -620 + (mark % 22) * 58;
    const my = -260 + Math.floor(mark / 22) * 56;
    ctx.beginPath();
    if (mark % 4 === 0) ctx.arc(mx, my, 9, 0, Math.PI * 2);
    else if (mark % 4 === 1) ctx.rect(mx - 8, my - 8, 16, 16);
    else if (mark % 4 === 2) {
      ctx.moveTo(mx - 9, my + 8);
      ctx.lineTo(mx, my - 9);
      ctx.lineTo(mx + 9, my + 8);
      ctx.closePath();
    } else {
      ctx.moveTo(mx - 8, my - 8);
      ctx.lineTo(mx + 8, my + 8);
      ctx.moveTo(mx + 8, my - 8);
      ctx.lineTo(mx - 8, my + 8);
    }
    ctx.stroke();
  }
  if (view === 'top') {
    for (let slot = 0; slot < 14; slot += 1) {
      roundRectPath(ctx, -500 + slot * 72, -60, 30, 140, 14);
      ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
      ctx.fill();
    }
  }
}

function earbuds(ctx: Context, colour: string) {
  castShadow(ctx, () => {
    roundRectPath(ctx, -330, -250, 660, 500, 200);
    ctx.fillStyle = metalGradient(ctx, -330, -250, 330, 250, colour);
    ctx.fill();
  });
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.18)';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(-325, -90);
  ctx.lineTo(325, -90);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(0, 20, 9, 0, Math.PI * 2);
  ctx.fillStyle = '#3ad15b';
  ctx.fill();
}

export function drawDevice(ctx: Context, device: DeviceKind, view: DeviceView, colour: string, random: () => number): void {
  switch (device) {
    case 'smartphone': {
      smartphone(ctx, view, colour, random);
      return;
    }
    case 'tablet': {
      tablet(ctx, view, colour, random);
      return;
    }
    case 'laptop': {
      laptop(ctx, view, colour, random);
      return;
    }
    case 'smartwatch': {
      smartwatch(ctx, view, colour);
      return;
    }
    case 'console': {
      gameConsole(ctx, view, colour);
      return;
    }
    case 'earbuds': {
      earbuds(ctx, colour);
      return;
    }
  }
}
