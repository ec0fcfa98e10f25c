/**
 * How rules depend on each other, and the order they are evaluated in.
 *
 * A rule B depends on a rule A when B has an `orderTag` condition naming a
 * tag that A's `tag` action adds: A must be evaluated before B. The rules
 * run in list order except where a dependency says otherwise (a stable
 * topological order). A cycle — a rule needing a tag it adds itself, or
 * rules needing each other's tags, directly or through others — has no such
 * order and is refused. Holds and releases do not create dependencies: the
 * final hold is worked out after all rules ran, whatever their order.
 *
 * Pure; shared by the API contract (to refuse cycles) and the worker's rule
 * engine (to evaluate in order).
 */

/** The parts of a rule its dependencies are read from. */
export interface RuleShape {
  when: ReadonlyArray<{ type: string; in?: readonly string[] }>;
  then: ReadonlyArray<{ type: string; tag?: string }>;
}

/** A dependency cycle: the rules (by list index) around it, and where the first one asks for a tag. */
export interface RuleCycle {
  /** The rules around the cycle, in dependency order. */
  rules: number[];
  /** The rule whose condition closes the cycle, and which condition. */
  rule: number;
  conditionIndex: number;
  tag: string;
}

const norm = (tag: string) => tag.trim().toLowerCase();

/** Edges: for each rule, the rules that must run before it, with the condition and tag that asks. */
function dependencies(rules: readonly RuleShape[]): Array<Array<{ on: number; conditionIndex: number; tag: string }>> {
  const producers = new Map<string, number[]>();
  for (const [i, r] of rules.entries()) {
    for (const a of r.then) if (a.type === 'tag' && a.tag) producers.set(norm(a.tag), [...(producers.get(norm(a.tag)) ?? []), i]);
  }
  return rules.map((r) =>
    r.when.flatMap((c, conditionIndex) => (c.type === 'orderTag' ? (c.in ?? []).flatMap((tag) => (producers.get(norm(tag)) ?? []).map((on) => ({ on, conditionIndex, tag }))) : [])),
  );
}

/**
 * The evaluation order of `rules` (indexes into the list), or the first
 * dependency cycle found.
 */
export function ruleEvaluationOrder(rules: readonly RuleShape[]): { order: number[] } | { cycle: RuleCycle } {
  const deps = dependencies(rules);
  // Depth-first search for a cycle, reporting the rules around it.
  const state = new Array<0 | 1 | 2>(rules.length).fill(0);
  const stack: number[] = [];
  const visit = (i: number): RuleCycle | undefined => {
    state[i] = 1;
    stack.push(i);
    for (const d of deps[i]!) {
      if (state[d.on] === 1) {
        const around = stack.slice(stack.indexOf(d.on));
        return { rules: around, rule: i, conditionIndex: d.conditionIndex, tag: d.tag };
      }
      if (state[d.on] === 0) {
        const found = visit(d.on);
        if (found) return found;
      }
    }
    stack.pop();
    state[i] = 2;
    return undefined;
  };
  for (let i = 0; i < rules.length; i++) {
    if (state[i] === 0) {
      const cycle = visit(i);
      if (cycle) return { cycle };
    }
  }
  // Stable topological order: always take the earliest listed rule whose dependencies have run.
  const waiting = deps.map((d) => new Set(d.map((x) => x.on)));
  const done = new Set<number>();
  const order: number[] = [];
  while (order.length < rules.length) {
    const next = waiting.findIndex((w, i) => !done.has(i) && [...w].every((on) => done.has(on)));
    order.push(next);
    done.add(next);
  }
  return { order };
}
