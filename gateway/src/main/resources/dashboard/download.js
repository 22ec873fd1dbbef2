// A file the API makes (a CSV), fetched with the token (a plain link would carry none) and handed to the browser.
import { checkedPath, token } from './api.js';
import { errorBox, h } from './dom.js';

export function downloadButton(label, path, filename) {
  const b = h('button', { type: 'button', class: 'secondary' }, label);
  b.addEventListener('click', async () => {
    let response;
    try {
      response = await fetch(checkedPath(path), { headers: { Authorization: `Bearer ${token()}` } });
    } catch (e) {
      b.after(errorBox(e));
      return;
    }
    if (!response.ok) {
      b.after(errorBox(new Error(`The file could not be made (HTTP ${response.status}).`)));
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = h('a', { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  });
  return b;
}
