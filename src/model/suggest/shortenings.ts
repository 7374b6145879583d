/**
 * A name a text learns twice, once whole and once shortened: "the Popular Front for the Liberation
 * of Palestine (PFLP) … the PLO suspended the Popular Front … The Front, a Marxist group …". Each
 * shortening was learned as a party of its own (POPULARFRONT, FRONT), so the group's pairs were
 * split over three ids, none the text's. News shortens a long name to its words up to its head
 * ("the Popular Front", "the National Council") or to the head alone ("the Front"): such a learned
 * name is one more form of the one longer name it shortens. Word lists in data/names.ts.
 */
import type { LearnedName } from "./gazetteer.ts";
import { NAME_HEADS } from "./data/names.ts";

/** Words after which a long name goes on past its head ("Front for the Liberation of …", "Council of …"). */
const NAME_GOES_ON: ReadonlySet<string> = new Set(["for", "of"]);

const wordsIn = (form: string) => form.split(/\s+/u).filter((w) => w.length > 0);

/** The head of a long name: the head word before "for"/"of" ("Front" in "Popular Front for the …"), else its last word. */
function headOf(form: string): { head: string; upTo: number } | undefined {
  const ws = wordsIn(form);
  const goesOn = ws.findIndex((w, n) => n > 0 && NAME_GOES_ON.has(w) && NAME_HEADS.has(ws[n - 1]!.toLowerCase()));
  if (goesOn > 0) return { head: ws[goesOn - 1]!, upTo: goesOn };
  const last = ws.at(-1);
  return last && NAME_HEADS.has(last.toLowerCase()) ? { head: last, upTo: ws.length } : undefined;
}

/** Whether `short` is `long` cut after its head ("Popular Front" of "Popular Front for the …"), or its head alone ("Front"). */
export function shortens(short: string, long: string): boolean {
  const s = wordsIn(short);
  const l = wordsIn(long);
  const head = headOf(long);
  if (!head || s.length >= l.length || !NAME_HEADS.has(s.at(-1)!.toLowerCase())) return false;
  if (s.length === 1) return s[0] === head.head;
  return s.length === head.upTo && head.upTo < l.length && s.every((w, n) => w === l[n]);
}

const shortensAll = (short: LearnedName, long: LearnedName) => short.forms.every((f) => long.forms.some((o) => shortens(f, o)));

/** `learned` with each name that only shortens one other learned name merged into that name (its forms added). */
export function mergeShortenings(learned: readonly LearnedName[]): LearnedName[] {
  const into = new Map<LearnedName, LearnedName>();
  for (const name of learned) {
    if (name.forms.length === 0) continue;
    const longer = learned.filter((other) => other !== name && shortensAll(name, other));
    // ("the Front" shortens "the Popular Front" too, itself a shortening of the whole name: one group.)
    const longest = longer.filter((other) => !longer.some((o) => o !== other && shortensAll(other, o)));
    if (longest.length === 1) into.set(name, longest[0]!);
  }
  // A name both shortened and shortening (a chain) is left alone: only the longest names gain forms.
  for (const [name, target] of into) if (into.has(target)) into.delete(name);
  return learned
    .filter((name) => !into.has(name))
    .map((name) => {
      const more = [...into].filter(([, target]) => target === name).flatMap(([short]) => short.forms);
      return more.length > 0 ? { ...name, forms: [...name.forms, ...more.filter((f) => !name.forms.includes(f))] } : name;
    });
}
