/**
 * Word fills a picture's "alt text" with where the picture came from when the author wrote none:
 * `C:\Users\…\Pictures\2.jpg`, `Macintosh HD:Users:…:photo.jpg`, `/Users/…`, `http://…/a.jpg`, or a
 * bare file name. That is no description (and it leaks user names): such a value counts as no alt text.
 */
const filePatterns = [
  /^[a-z]:[\\/]/i, // C:\… or C:/…
  /^\\\\/, // \\server\share\…
  /^(?:https?|ftp|file):\/\//i,
  /^\/(?:Users|home|Volumes|private|var|tmp|mnt|media)\//, // macOS and Linux paths
  /^[^:]+(?::[^:\s][^:]*){2,}\.[a-z0-9]{2,4}$/i, // classic Mac OS: Macintosh HD:Users:jdoe:Pictures:2.jpg
  /^[^\s\\/:]+\.(?:jpe?g|png|gif|tiff?|bmp|heic|webp|emf|wmf|svg)$/i, // IMG_2034.JPG
]

export function wordAltText(raw: string): string {
  const text = raw.trim()
  return filePatterns.some((pattern) => pattern.test(text)) ? '' : text
}
