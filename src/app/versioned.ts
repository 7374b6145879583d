/**
 * Persistent sets and counts for the derived view's date steps: every version stays valid (an
 * earlier view state still answers for its own date), and a step costs its changes only.
 *
 * The newest version holds the one live native Set or Map; each older version holds only how it
 * differs from the version after it (its "undo"). A step changes the live container in place and
 * leaves the version it stepped from its undo: no copy of anything, however long the journey.
 * Reading the newest version is a native lookup. Reading an older one walks its undos towards the
 * live version (one Map lookup each); an older version read after more than a few steps is written
 * out once into a container of its own, then read as a native one. Stepping from an older version
 * (a state restored by the back button, say) first moves the live container back to it, applying
 * the undos on the way and leaving their inverses behind (Baker's "rerooting" of persistent arrays).
 *
 * What it replaced (OverlaySet, OverlayCounts): an overlay of a base that each step copied, and
 * flattened into a new native container when it grew past a sixteenth of its base. At 50k actors /
 * 500k relations a 183-day step at 50k allocated 30–40 MB, most of it those copies, and a jump
 * across eight years 724 MB (V8's sampling heap profiler), each flattening of the 255,000 visible
 * ids a 6 MB table in the leg that made it; all of that was garbage for the collector to find.
 *
 * Iterating the newest version iterates the live container: an iteration paused across a step
 * (a generator resumed in a later task) sees the members of the version after it, as a native Set
 * does when changed under its iterator. Everything that iterates a view's sets across tasks reads
 * them as "what is in view now" (the display graph's fill checks each relation again), so this is
 * what it wants; an iteration of an older version iterates its own written-out copy.
 *
 * Written here because no npm package serves: persistent sets (Immutable.js, HAMTs) answer `has`
 * several times slower than a native Set, and the edge reducers ask `has` for every relation drawn.
 */

/** An older version read after walking this many undos is written out (once) for its next reads. */
const WRITE_OUT_AFTER = 4;

/** How a version reads and writes its live container: a key's value, undefined when absent. */
interface Container<V, L> {
  read(live: L, key: string): V | undefined;
  write(live: L, key: string, value: V | undefined): void;
  copy(live: L): L;
}

/** One version. `live` is set on the newest (of its chain); the others have `newer` and `undo`. */
abstract class Versioned<V, L extends { readonly size: number }> {
  readonly size: number;
  protected live: L | null;
  /** Not live: the version this one differs from. */
  private newer: Versioned<V, L> | null = null;
  /** Not live: each key whose value here is not `newer`'s, with its value here (undefined: absent). */
  private undo: Map<string, V | undefined> | null = null;
  /** Not live, and read after a long walk: this version written out. */
  protected own: L | null = null;

  protected constructor(
    live: L,
    private readonly container: Container<V, L>,
  ) {
    this.live = live;
    this.size = live.size;
  }

  /** This version's value for `key`. */
  protected lookup(key: string): V | undefined {
    if (this.live !== null) return this.container.read(this.live, key);
    if (this.own !== null) return this.container.read(this.own, key);
    // The undos lead to a version that holds its members: the live one, or one written out.
    if (this.undo!.has(key)) return this.undo!.get(key);
    let v = this.newer!;
    let walked = 1;
    let value: V | undefined;
    for (;;) {
      const holds = v.live ?? v.own;
      if (holds !== null) {
        value = this.container.read(holds, key);
        break;
      }
      if (v.undo!.has(key)) {
        value = v.undo!.get(key);
        break;
      }
      v = v.newer!;
      walked++;
    }
    if (walked >= WRITE_OUT_AFTER) this.writeOut();
    return value;
  }

  /** The versions from this one to the first that holds its members (live or written out), that one last. */
  private path(): Versioned<V, L>[] {
    const path: Versioned<V, L>[] = [this];
    while (path[path.length - 1]!.live === null && path[path.length - 1]!.own === null) path.push(path[path.length - 1]!.newer!);
    return path;
  }

  /** The container holding exactly this version: the live one, or this version's own copy. */
  protected contents(): L {
    if (this.live !== null) return this.live;
    return this.writeOut();
  }

  /** Writes this older version out into a container of its own (kept: a version never changes). */
  private writeOut(): L {
    if (this.own !== null) return this.own;
    const path = this.path();
    const holder = path[path.length - 1]!;
    const own = this.container.copy((holder.live ?? holder.own)!);
    for (let i = path.length - 2; i >= 0; i--) path[i]!.undo!.forEach((value, key) => this.container.write(own, key, value));
    // Written out, this version needs the versions after it no more: it lets go of them. (An older
    // version whose undos lead here reads this copy; a step from it starts a chain of its own.)
    this.own = own;
    this.newer = null;
    this.undo = null;
    return own;
  }

  /** Makes this version the live one: the live container of its chain is brought back to it. */
  private reroot(): void {
    if (this.live !== null) return;
    const path = this.path();
    const holder = path[path.length - 1]!;
    if (holder.live === null) {
      // Written out: its copy becomes the live container of a chain of its own.
      holder.live = holder.own;
      holder.own = null;
    }
    const { container } = this;
    const live = holder.live!;
    for (let i = path.length - 2; i >= 0; i--) {
      const older = path[i]!;
      const newer = path[i + 1]!;
      const inverse = new Map<string, V | undefined>();
      older.undo!.forEach((value, key) => {
        inverse.set(key, container.read(live, key));
        container.write(live, key, value);
      });
      newer.live = null;
      newer.newer = older;
      newer.undo = inverse;
      older.live = live;
      older.newer = null;
      older.undo = null;
    }
  }

  /**
   * The version after `this` with `changes` applied (each a `set(key, value)`, undefined
   * removing the key); `this` stays valid. `make` wraps the live container as the new version.
   */
  protected stepWith<T extends Versioned<V, L>>(changes: (set: (key: string, value: V | undefined) => void) => void, make: (live: L) => T): T {
    this.reroot();
    const { container } = this;
    const live = this.live!;
    const undo = new Map<string, V | undefined>();
    changes((key, value) => {
      if (!undo.has(key)) undo.set(key, container.read(live, key));
      container.write(live, key, value);
    });
    undo.forEach((was, key) => void (container.read(live, key) === was && undo.delete(key)));
    if (undo.size === 0) return this as unknown as T;
    const next = make(live);
    this.live = null;
    this.newer = next;
    this.undo = undo;
    return next;
  }
}

/**
 * Copies through `forEach`: the constructors take the iterator path, `new Map(map)` making a
 * [key, value] array and an iterator result per entry (530 KiB to copy 3,000 entries in Node 20,
 * 224 KiB this way), and even `new Set(set)` allocated more (278 against 161 KiB).
 */
function copySet(from: ReadonlySet<string>): Set<string> {
  const to = new Set<string>();
  from.forEach((id) => void to.add(id));
  return to;
}

function copyMap(from: ReadonlyMap<string, number>): Map<string, number> {
  const to = new Map<string, number>();
  from.forEach((value, key) => void to.set(key, value));
  return to;
}

const SET: Container<true, Set<string>> = {
  read: (live, key) => (live.has(key) ? true : undefined),
  write: (live, key, value) => void (value ? live.add(key) : live.delete(key)),
  copy: (live) => copySet(live),
};

/** A persistent set of ids (the visible relations, the actors with relations). */
export class VersionedSet extends Versioned<true, Set<string>> implements ReadonlySet<string> {
  private constructor(live: Set<string>) {
    super(live, SET);
  }

  /** The first version of `members`, which it takes over: the caller must not change it after. */
  static adopt(members: Set<string>): VersionedSet {
    return new VersionedSet(members);
  }

  /**
   * `before` with `remove` taken out, then `add` put in (a member in both ends up in). `before`
   * stays valid; a set that is not a VersionedSet is copied once into the first version.
   */
  static step(before: ReadonlySet<string>, add: Iterable<string>, remove: Iterable<string>): ReadonlySet<string> {
    const from = before instanceof VersionedSet ? before : new VersionedSet(copySet(before));
    return from.stepWith(
      (set) => {
        for (const id of remove) set(id, undefined);
        for (const id of add) set(id, true);
      },
      (live) => new VersionedSet(live),
    );
  }

  has(id: string): boolean {
    // The newest version's read, inline: the edge reducers ask for every relation drawn.
    return this.live !== null ? this.live.has(id) : this.lookup(id) === true;
  }

  values(): SetIterator<string> {
    return this.contents().values();
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  entries(): SetIterator<[string, string]> {
    return this.contents().entries();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.contents().forEach((id) => callback.call(thisArg, id, id, this));
  }
}

const COUNTS: Container<number, Map<string, number>> = {
  read: (live, key) => live.get(key),
  write: (live, key, value) => void (value === undefined ? live.delete(key) : live.set(key, value)),
  copy: (live) => copyMap(live),
};

/** A persistent map of counts (each actor's drawn relations): a count of 0 is no key. */
export class VersionedCounts extends Versioned<number, Map<string, number>> implements ReadonlyMap<string, number> {
  private constructor(live: Map<string, number>) {
    super(live, COUNTS);
  }

  /** The first version of `counts`, which it takes over: the caller must not change it after. */
  static adopt(counts: Map<string, number>): VersionedCounts {
    return new VersionedCounts(counts);
  }

  /**
   * `before` with each key of `updates` set to its value, a value of 0 removing the key. `before`
   * stays valid; a map that is not a VersionedCounts is copied once into the first version.
   */
  static step(before: ReadonlyMap<string, number>, updates: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
    const from = before instanceof VersionedCounts ? before : new VersionedCounts(copyMap(before));
    return from.stepWith(
      (set) => updates.forEach((value, key) => set(key, value === 0 ? undefined : value)),
      (live) => new VersionedCounts(live),
    );
  }

  get(key: string): number | undefined {
    return this.live !== null ? this.live.get(key) : this.lookup(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  entries(): MapIterator<[string, number]> {
    return this.contents().entries();
  }

  keys(): MapIterator<string> {
    return this.contents().keys();
  }

  values(): MapIterator<number> {
    return this.contents().values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.contents().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
}
