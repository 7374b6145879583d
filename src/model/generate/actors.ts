/**
 * The generated actors: bloc organisations first, then neutral bodies that mediate, then the
 * states (and a few non-state groups) that belong to blocs of unequal size. Names are invented,
 * pronounceable and unique.
 */
import type { Actor, ActorKind } from "../schema.ts";
import type { Draws } from "./draws.ts";

/** The actors and who belongs where, by index (ids are `actorId(i)`). */
export interface Cast {
  actors: Actor[];
  /** Actor i's label. */
  labels: string[];
  actorId(i: number): string;
  /** Number of blocs; bloc b's organisation is actor b when there are organisations. */
  blocCount: number;
  /** Number of bloc organisations (actors 0 … headCount − 1), 0 in small datasets. */
  headCount: number;
  /** Number of neutral bodies (the actors after the organisations). */
  mediatorCount: number;
  /** Actor i's bloc, or −1 for a neutral body. */
  blocOf: Int32Array;
  /** The members of each bloc (states and non-state groups). */
  blocMembers: number[][];
  /** Every member of a bloc, in actor order. */
  members: number[];
}

/** Casts `n` actors. */
export function castActors(n: number, draws: Draws): Cast {
  const blocCount = Math.max(1, Math.min(8, Math.floor(Math.log2(n + 1) / 2)));
  const headCount = n >= 10 * blocCount ? blocCount : 0;
  const mediatorCount = n >= 50 ? Math.max(1, Math.min(200, Math.floor(n / 100))) : 0;
  const idWidth = Math.max(4, String(n - 1).length);
  const actorId = (i: number) => `A${String(i).padStart(idWidth, "0")}`;
  const nameOf = createNamer(n, draws);
  const cast: Cast = { actors: [], labels: [], actorId, blocCount, headCount, mediatorCount, blocOf: new Int32Array(n).fill(-1), blocMembers: Array.from({ length: blocCount }, () => []), members: [] };
  for (let i = 0; i < n; i++) {
    const name = nameOf(i);
    let kind: ActorKind;
    let label: string;
    if (i < headCount) {
      kind = "bloc";
      label = `${name} Pact`;
      cast.blocOf[i] = i;
    } else if (i < headCount + mediatorCount) {
      kind = "organization";
      label = `${name} Council`;
    } else {
      kind = draws.chance(0.04) ? "non-state" : "state";
      label = kind === "state" ? name : `${name} Front`;
      // Blocs of unequal size: the first blocs are the big ones.
      const bloc = Math.floor(blocCount * draws.next() ** 1.4);
      cast.blocOf[i] = bloc;
      cast.blocMembers[bloc]!.push(i);
      cast.members.push(i);
    }
    const actor: Actor = { id: actorId(i), label, kind };
    if (kind === "state" && draws.chance(0.1)) actor.aliases = [`Republic of ${name}`];
    cast.actors.push(actor);
    cast.labels.push(label);
  }
  return cast;
}

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/**
 * Unique pronounceable names: actor i's index is scrambled by a bijection of [0, 70^L) (multiplying
 * by a number coprime to 70) and written as L consonant–vowel syllables. Same length for all, so
 * distinct numbers give distinct names.
 */
function createNamer(n: number, draws: Draws): (i: number) => string {
  const base = CONSONANTS.length * VOWELS.length;
  let length = 2;
  while (base ** length < n) length++;
  const range = base ** length;
  const offset = Math.floor(draws.next() * range);
  return (i) => {
    let x = (i * 7919 + offset) % range;
    let name = "";
    for (let k = 0; k < length; k++) {
      const syllable = x % base;
      x = Math.floor(x / base);
      name += CONSONANTS[syllable % CONSONANTS.length]! + VOWELS[Math.floor(syllable / CONSONANTS.length)]!;
    }
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
}
