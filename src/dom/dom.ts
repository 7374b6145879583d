/**
 * Building DOM from code. Dataset text only ever becomes text nodes (`textContent`), never markup:
 * `h` has no way to set innerHTML, and the lint config forbids the HTML sinks everywhere.
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * `h("button", { class: "x", "aria-label": "Zoom in", onclick: fn }, "＋")`. Attributes starting
 * with `on` are event listeners; `true` sets a boolean attribute, `false`/`null`/`undefined` omit it.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, "");
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(key, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces all children of `el`. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** Announces a message to screen readers through the app's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById("live-region");
  if (region) region.textContent = message;
}
