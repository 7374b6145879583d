/** Building SVG from code: one helper, so SVG elements are made one way everywhere. */
const SVG_NS = "http://www.w3.org/2000/svg";

/** `svg("circle", { cx: 5, cy: 5, r: 3 })`: an SVG element with its attributes set (as text, never markup). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}
