/**
 * Policy as code: an organisation's own rules about a graph and its rollout plan, each a CEL expression (the
 * language of Kubernetes ValidatingAdmissionPolicy) that must hold for every component, dependency or step, or for
 * the plan as a whole, with a severity and a message. {@link dev.stagecraft.policy.PolicyReader} reads a
 * {@code policy.yaml}; {@link dev.stagecraft.policy.PolicyEngine} compiles its rules once (a malformed expression is
 * an error at its line and column in the policy file) and evaluates them over {@link dev.stagecraft.policy.PolicyFacts}
 * (the graph, the analysis and the plan as CEL values), giving findings that name both the rule's place and the
 * element's. No JavaFX here.
 */
package dev.stagecraft.policy;
