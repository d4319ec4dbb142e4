import { percent, type ShareBar } from './share-series';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Segments bottom-up; each also carries its percentage as text, so nothing is said by colour alone. */
const SEGMENTS = [
  { key: 'yes', label: 'Yes', colour: '#00703c', text: 'white' },
  { key: 'partial', label: 'Partial', colour: '#f47738', text: 'black' },
  { key: 'no', label: 'No', colour: '#d4351c', text: 'white' },
] as const;

export const CAVEAT_MARK = '*';

/**
 * Stacked bars of yes / partial / no shares by year, drawn as vector paths and text. Years whose
 * counts include caveat carries are labelled with an asterisk and outlined with a dashed line.
 */
export function drawShareChart(doc: PDFKit.PDFDocument, bars: ShareBar[], box: Box): void {
  const legendHeight = 16;
  const axisWidth = 34;
  const labelHeight = 28;
  const plot = {
    x: box.x + axisWidth,
    y: box.y + legendHeight + 4,
    width: box.width - axisWidth,
    height: box.height - legendHeight - labelHeight - 4,
  };

  drawLegend(doc, box);
  doc.font('Helvetica').fontSize(7).fillColor('black').lineWidth(0.5).strokeColor('#b1b4b6');
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = plot.y + plot.height * (1 - tick);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .stroke();
    doc.text(percent(tick), box.x, y - 3, { width: axisWidth - 4, align: 'right', lineBreak: false });
  }
  if (bars.length === 0) return;

  const slot = plot.width / bars.length;
  const barWidth = Math.min(48, slot * 0.6);
  bars.forEach((bar, index) => {
    const x = plot.x + slot * index + (slot - barWidth) / 2;
    let base = plot.y + plot.height;
    for (const segment of SEGMENTS) {
      const share = bar[segment.key];
      const height = plot.height * share;
      if (height <= 0) continue;
      doc.rect(x, base - height, barWidth, height).fill(segment.colour);
      if (height >= 10) {
        doc
          .fillColor(segment.text)
          .fontSize(7)
          .text(percent(share), x, base - height / 2 - 3, {
            width: barWidth,
            align: 'center',
            lineBreak: false,
          });
      }
      base -= height;
    }
    if (bar.caveat) {
      doc
        .save()
        .lineWidth(1)
        .dash(3, { space: 2 })
        .strokeColor('black')
        .rect(x - 2, plot.y - 2, barWidth + 4, plot.height + 4)
        .stroke()
        .undash()
        .restore();
    }
    const label = `${bar.year}${bar.caveat ? CAVEAT_MARK : ''}`;
    doc
      .fillColor('black')
      .fontSize(8)
      .text(label, x - 10, plot.y + plot.height + 4, {
        width: barWidth + 20,
        align: 'center',
        lineBreak: false,
      });
    doc.fontSize(6).text(`n=${bar.answered}`, x - 10, plot.y + plot.height + 14, {
      width: barWidth + 20,
      align: 'center',
      lineBreak: false,
    });
  });
  doc.fillColor('black');
}

function drawLegend(doc: PDFKit.PDFDocument, box: Box): void {
  let x = box.x;
  doc.fontSize(8);
  for (const segment of SEGMENTS) {
    doc.rect(x, box.y + 2, 10, 10).fill(segment.colour);
    doc.fillColor('black').text(segment.label, x + 14, box.y + 3, { lineBreak: false });
    x += 70;
  }
  doc.text(`${CAVEAT_MARK} dashed: includes 2022-Code answers carried with a caveat`, x + 10, box.y + 3, {
    lineBreak: false,
  });
}
