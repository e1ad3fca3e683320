/**
 * A plan for the tools that execute it and the people who run it: a Markdown <b>runbook</b> with checklists, and
 * <b>adapters</b> whose files run without hand edits: Argo Rollouts (a complete Rollout per service with an
 * AnalysisTemplate per <b>gate</b>, Jobs for migrations), Argo CD (Applications with sync waves), Helmfile (releases
 * with needs), Spinnaker (a pipeline of deployManifest and manualJudgment stages) and Argo Workflows (a DAG that
 * promotes each Rollout after the steps it waits for).
 *
 * <p>Words: a <b>workload</b> is what a component becomes in Kubernetes ({@link dev.stagecraft.plan.export.Workloads}:
 * a Rollout, a Job, or not exported with a reason); a <b>held</b> Rollout starts at {@code pause: {}} because its step
 * waits for others; the <b>metrics map</b> turns a gate's metric into a Prometheus query; the <b>export settings</b>
 * are what the exporters know beyond the plan (the graph's kinds and extras, the CLI's options); an export's
 * <b>warnings</b> report every renamed object, every component left out and every option still to set.
 */
package dev.stagecraft.plan.export;
