/**
 * The capture function. The service worker injects it into the rep's tab with
 * `chrome.scripting.executeScript({func: capturePage})` when the rep clicks
 * the toolbar button, so it runs inside the page (in an isolated world).
 *
 * It is serialised on injection, so it must stay self-contained: no imports,
 * no closures. It holds no logic and loads no WASM — a page's CSP can forbid
 * WASM there, and the page is untrusted; everything is analysed in the
 * service worker. It only hands over what the core needs: the rendered
 * document, its URL and the capture time (the `Capture` struct of
 * src/capture.rs).
 *
 * @param {number} maxBytes cap on the HTML, in UTF-8 bytes (the core's unit)
 * @returns {{url: string, html: string, captured_at: string}}
 */
export function capturePage(maxBytes) {
  let html = document.documentElement ? document.documentElement.outerHTML : '';
  // Three UTF-8 bytes per UTF-16 unit at most: short pages skip the encoding.
  if (html.length * 3 > maxBytes) {
    const bytes = new TextEncoder().encode(html);
    if (bytes.length > maxBytes) {
      // Cut on a character boundary: step back over continuation bytes.
      let end = maxBytes;
      while (end > 0 && (bytes[end] & 0xc0) === 0x80) end -= 1;
      html = new TextDecoder().decode(bytes.subarray(0, end));
    }
  }
  return { url: location.href, html, captured_at: new Date().toISOString() };
}
