// The last step before money moves: a modal dialog that says what will happen, to whom and for how much, and does
// nothing unless it is accepted. Escape, the Cancel button and closing the dialog all mean no.
import { h } from './dom.js';

/**
 * Asks to confirm an act. {@code facts} are [label, value] pairs shown as a list, {@code notes} sentences under them,
 * {@code accept} the confirming button's words (which name the act and the amount). Answers true only when accepted.
 */
export function confirmAct({ title, facts = [], notes = [], accept, danger = false }) {
  return new Promise(resolve => {
    const yes = h('button', { type: 'button', id: 'confirm-accept', class: danger ? 'danger' : null }, accept);
    const no = h('button', { type: 'button', id: 'confirm-cancel', class: 'secondary' }, 'Cancel');
    const dialog = h('dialog', { id: 'confirm-dialog', class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-facts' },
      h('h2', { id: 'confirm-title' }, title),
      h('dl', { class: 'props', id: 'confirm-facts' }, facts.filter(Boolean).map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
      notes.filter(Boolean).map(n => h('p', { class: 'note' }, n)),
      h('p', { class: 'row confirm-buttons' }, yes, no));
    let answer = false;
    const opener = document.activeElement;
    yes.addEventListener('click', () => { answer = true; dialog.close(); });
    no.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    // The safe answer has the focus: Enter alone never spends.
    no.focus();
  });
}
