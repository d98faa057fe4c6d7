/**
 * `use:fullText={text}` on an element that shows PBX text in a box of bounded width: one line with
 * an ellipsis (`.clip` in theme.css), the full text as its tooltip, and `dir="auto"`, which gives
 * the text its own direction and isolates it. Screen readers still read the whole text: only the
 * drawing is cut. Pass the text itself, so the tooltip follows it when it changes.
 */
export function fullText(node: HTMLElement, text: string | null | undefined) {
  node.classList.add('clip');
  node.dir = 'auto';
  const show = (value: string | null | undefined): void => {
    if (value) node.title = value;
    else node.removeAttribute('title');
  };
  show(text);
  return { update: show };
}
