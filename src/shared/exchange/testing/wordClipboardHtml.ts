/**
 * HTML as Microsoft Word puts it on the clipboard (Word 365, Windows, "Copy"): Office namespaces, a
 * style block and conditional comments in the head, MsoNormal paragraphs with inline styles and
 * <o:p> fillers, bold in <b><span style>, a "list" of paragraphs with typed-in markers in
 * mso-list:Ignore spans, empty spacer paragraphs. Pure (no Node): used by unit and e2e tests.
 */
export function wordClipboardHtml(parts: { subhead: string; paragraphs: string[]; boldParagraph: string; listItems: string[] }): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const span = (text: string) =>
    `<span style='font-size:12.0pt;line-height:115%;font-family:"Times New Roman",serif;mso-fareast-language:FR'>${escape(text)}</span>`
  const paragraph = (text: string) => `<p class=MsoNormal style='text-align:justify'>${span(text)}<o:p></o:p></p>`
  const listItem = (text: string, index: number, count: number) => {
    const position = index === 0 ? 'First' : index === count - 1 ? 'Last' : 'Middle'
    return (
      `<p class=MsoListParagraphCxSp${position} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>` +
      `<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'>` +
      `<span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` +
      `${span(text)}<o:p></o:p></p>`
    )
  }
  return [
    `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">`,
    `<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">`,
    `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->`,
    `<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin-top:0cm;margin-bottom:8.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;} h2 {mso-style-link:"Titre 2 Car";} --></style>`,
    `<script>window.pwned = true</script>`,
    `</head><body lang=FR link="#0563C1" vlink="#954F72" style='tab-interval:35.4pt;word-wrap:break-word'><!--StartFragment-->`,
    ...parts.paragraphs.slice(0, 1).map(paragraph),
    `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`,
    `<h2><span style='mso-fareast-language:FR'>${escape(parts.subhead)}<o:p></o:p></span></h2>`,
    `<p class=MsoNormal><b><span style='font-size:12.0pt;line-height:115%'>${escape(parts.boldParagraph)}</span></b><o:p></o:p></p>`,
    ...parts.paragraphs.slice(1).map(paragraph),
    `<p class=MsoNormal>&nbsp;</p>`,
    ...parts.listItems.map((text, index) => listItem(text, index, parts.listItems.length)),
    `<p class=MsoNormal>${span('Sources : ')}<a href="https://apnews.com/article/armenia-azerbaijan-israel-weapons">${span('Associated Press')}</a>${span(', ')}<a href="javascript:alert(document.cookie)">${span('piège')}</a>${span('.')}<img width=200 height=100 src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg" onerror="window.pwned=true"><o:p></o:p></p>`,
    `<!--EndFragment--></body></html>`,
  ].join('\r\n')
}
