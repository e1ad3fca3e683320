/**
 * A plan for the tools that execute it and the people who run it: a Markdown <b>runbook</b> with checklists, and
 * <b>adapters</b> for Argo Rollouts (canary steps), Argo CD (sync waves), Helmfile (needs) and Spinnaker (stages
 * with requisite stage refs).
 */
package dev.stagecraft.plan.export;
