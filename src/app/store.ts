/**
 * A minimal store: one state, a pure reducer, subscribers told of every change with the previous
 * state so they can skip work that did not change. Small enough that a library would add more
 * than it saves.
 */
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S, A>(
  initial: S,
  reducer: (state: S, action: A) => S,
  options: { onError?: (error: unknown, state: S) => void } = {},
): Store<S, A> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  let notifying = false;
  const queue: A[] = [];
  // A subscriber that throws (a panel with a bug, a dataset it did not expect) must not stop the
  // subscribers after it, nor leave the store half-notified: it is reported and the round goes on.
  const report = (error: unknown) => {
    console.error("stancegraph: a view subscriber failed", error);
    try {
      options.onError?.(error, state);
    } catch (second) {
      console.error("stancegraph: the store's onError failed too", second);
    }
  };
  return {
    getState: () => state,
    dispatch(action) {
      // Actions dispatched by a listener run after the current round, so every listener sees
      // the states in order.
      queue.push(action);
      if (notifying) return;
      notifying = true;
      try {
        while (queue.length > 0) {
          const previous = state;
          // A reducer that throws is not caught: it reaches the caller of dispatch (a panel's event
          // handler), which fails visibly in the console and in tests. The reducer is pure and the
          // state is replaced only by its result, so nothing is half-applied and the store stays
          // usable; swallowing the error here would only turn a bug in our own actions into a
          // control that silently does nothing. (Subscribers differ: their failure is in the
          // middle of a round that other subscribers still need to see.)
          state = reducer(state, queue.shift()!);
          if (state === previous) continue;
          for (const l of [...listeners]) {
            try {
              l(state, previous);
            } catch (error) {
              report(error);
            }
          }
        }
      } finally {
        notifying = false;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
