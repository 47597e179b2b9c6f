/**
 * A long Word document as Word for Windows (Word 365) puts it on the clipboard: MsoNormal paragraphs
 * with <b style='mso-bidi-font-weight:normal'> bold and <i> italic runs, Heading 1/2, numbered lists
 * of two levels (MsoListParagraphCxSp… with mso-list and the typed-in number in an mso-list:Ignore
 * span), and results tables (MsoTableGrid, <td> with MsoNormal paragraphs) — about `words` words.
 * The shapes are those of the paste corpus (src/renderer/src/exchange/corpus/word-windows-*.html).
 */
export function longWordClipboard(words = 10_000): string {
  const sentence = (seed: number) =>
    `Le conseil municipal a voté <b style='mso-bidi-font-weight:normal'>le budget ${seed}</b> après <i style='mso-bidi-font-style:normal'>quatre heures</i> de débat, selon les élus de la majorité et de l’opposition réunis mardi soir.`
  const wordsIn = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length
  const paragraph = (seed: number) => `<p class=MsoNormal style='text-align:justify'><span style='font-size:12.0pt;line-height:115%'>${sentence(seed)} ${sentence(seed + 1)}</span><o:p></o:p></p>`
  const item = (level: number, marker: string, text: string, position: string) =>
    `<p class=MsoListParagraphCxSp${position} style='margin-left:${36 * level}.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`
  const list = (seed: number) =>
    item(1, '1.', `<b style='mso-bidi-font-weight:normal'>Voirie</b> : ${seed} kilomètres refaits`, 'First') +
    item(2, 'a.', 'chaussées et trottoirs du centre', 'Middle') +
    item(2, 'b.', 'pistes cyclables', 'Middle') +
    item(1, '2.', 'Écoles : trois cantines rénovées', 'Last')
  const cell = (text: string) => `<td width=151 valign=top style='width:4.0cm;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>${text}<o:p></o:p></p></td>`
  const table = (seed: number) =>
    `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>` +
    `<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>${cell('<b>Liste</b>')}${cell('<b>Voix</b>')}${cell('<b>%</b>')}</tr>` +
    [0, 1, 2].map((row) => `<tr style='mso-yfti-irow:${row + 1}'>${cell(`Liste ${seed + row}`)}${cell(String(1200 + row * 37))}${cell(`${31 - row * 4},2`)}</tr>`).join('') +
    `</table>`
  const parts: string[] = []
  let count = 0
  for (let section = 0; count < words; section++) {
    const block = [
      `<h1>Partie ${section + 1}<o:p></o:p></h1>`,
      paragraph(section * 10),
      `<h2>Les chiffres ${section + 1}<o:p></o:p></h2>`,
      paragraph(section * 10 + 2),
      list(section),
      paragraph(section * 10 + 4),
      table(section * 3),
      paragraph(section * 10 + 6),
    ].join('\r\n')
    parts.push(block)
    count += wordsIn(block)
  }
  return (
    `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">` +
    `<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"></head>` +
    `<body lang=FR style='tab-interval:35.4pt;word-wrap:break-word'><!--StartFragment-->\r\n${parts.join('\r\n')}\r\n<!--EndFragment--></body></html>`
  )
}
