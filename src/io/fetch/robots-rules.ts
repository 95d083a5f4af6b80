/** robots.txt: the group for our user agent (or `*`), Allow/Disallow by longest match. */
export interface RobotsRules {
  allow: string[];
  disallow: string[];
}

/** Parses robots.txt for an agent token (e.g. `newsgraph`). Unknown lines are ignored. */
export function parseRobots(text: string, agent: string): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let inAgents = false;
  for (const rawLine of text.slice(0, 512 * 1024).split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, "").trim();
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === "user-agent") {
      if (!inAgents || current === null) {
        current = { agents: [], rules: { allow: [], disallow: [] } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      inAgents = true;
    } else if (current !== null && (field === "allow" || field === "disallow")) {
      inAgents = false;
      if (value !== "") current.rules[field].push(value);
    }
  }
  const token = agent.toLowerCase();
  const own = groups.find((g) => g.agents.some((a) => a !== "*" && token.includes(a)));
  return (own ?? groups.find((g) => g.agents.includes("*")))?.rules ?? { allow: [], disallow: [] };
}

/** Whether a path (with query) may be fetched: the longest matching rule wins, Allow on ties. */
export function isAllowed(rules: RobotsRules, path: string): boolean {
  let best = -1;
  let allowed = true;
  for (const [list, verdict] of [
    [rules.disallow, false],
    [rules.allow, true],
  ] as const) {
    for (const rule of list) {
      if (matchesRule(rule, path) && (rule.length > best || (rule.length === best && verdict))) {
        best = rule.length;
        allowed = verdict;
      }
    }
  }
  return allowed;
}

function matchesRule(rule: string, path: string): boolean {
  const anchored = rule.endsWith("$");
  const parts = (anchored ? rule.slice(0, -1) : rule).split("*");
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i === 0) {
      if (!path.startsWith(part)) return false;
      at = part.length;
      continue;
    }
    const found = path.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return !anchored || at === path.length;
}
