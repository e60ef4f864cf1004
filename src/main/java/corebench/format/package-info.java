/**
 * What the sweep writes and the reporter reads: the records of the results format (CPU lists,
 * machine.json parts) and the statistics both sides compute the same way. Depends on no other
 * corebench package, so that the sweep and the reporter can share it without the reporter
 * learning anything of models, workloads or how a run was made.
 */
package corebench.format;
