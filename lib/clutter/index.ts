// PLACEHOLDER until the clutter planner lands.
import type { CleanPlan } from '../types';

export function planClean(document: Document): CleanPlan {
  return { articleRoot: document.body, hidden: [] };
}
