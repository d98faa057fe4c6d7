/** The agent's state as one glance shows it (StatusBadge.svelte): a colour and a shape of its own for each. */
export const agentStates = ['available', 'paused', 'ringing', 'in-call', 'offline'] as const;
export type AgentState = (typeof agentStates)[number];
