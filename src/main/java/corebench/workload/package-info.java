/**
 * The kernels and the tasks they are cut into: pure functions of primitive arguments ({@link
 * corebench.workload.Task} = kernel wire id + longs), so every model runs the same code and child JVMs
 * receive tasks as data. This package imports no other corebench package (a test holds it to that): it
 * runs tasks only through {@link corebench.workload.TaskRunner}, and states what it needs of the model that
 * runs it as {@link corebench.workload.Need}s on {@link corebench.workload.Trait}s (see
 * {@code corebench.bench} for how the needs are matched).
 */
package corebench.workload;
