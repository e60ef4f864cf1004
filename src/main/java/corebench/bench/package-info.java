/**
 * Thin JMH benchmarks, one per workload: {@code @Param} model, workers, cores and the workload's own
 * parameters; the model is created before measuring and closed after; every operation's answer is checked.
 *
 * <h2>How a workload declares what it needs</h2>
 * A workload (in {@code corebench.workload}) never names a model. It states, per configuration, a list of
 * {@link corebench.workload.Need}s on the model's {@link corebench.workload.Trait}s, each with a reason,
 * e.g. {@code GridWorkload.needs(kind)}: {@code Need.has(SHARED_MEMORY, "the grid is a mapped file ...")}.
 * Models declare their traits ({@code ModelKind}, or any {@link corebench.model.ModelType}). {@link Fit}
 * is the one matcher: a benchmark calls {@code refuseUnless(MyWorkload.needs(...))} in its trial set-up
 * (a hand-made JMH run of a combination that cannot run fails with "not run: model: reason"), and the
 * workload's run declaration filters its models with {@link RunStep#fitting} and records
 * {@link RunStep#skipUnfit} as a skip. Budget choices (short model lists, which chunk sizes) stay in the
 * declarations; what cannot run or would measure something else (JVM start-up instead of the kernel) is a need.
 *
 * <h2>How a workload declares its runs</h2>
 * Each benchmark class of a workload holds its {@link Workload}: a name, a line for {@code corebench list} and
 * its runs at a core-count step ({@link RunStep}), beside its {@code @Benchmark}. {@link Workload#all} lists them;
 * the sweep only interprets them (core counts, oversubscription, cluster, admission, budget cuts).
 *
 * <h2>How a benchmark records its work</h2>
 * Every benchmark whose operation does countable work records it in the result, so that the reporter
 * never needs this code to turn a score into a throughput: its {@code @Benchmark} method takes the
 * {@link Work} states of its units as arguments and sets their field on every call, e.g.
 * {@code public long[] batch(Work.Tasks work) { work.tasksPerOp = tasks; ... }}. The field is the work of
 * one operation (the same in every call); it appears in {@code jmh.json} as the secondary metric
 * {@code tasksPerOp} (docs/results-format.md). A new unit is a new state in {@link Work}. Results carry
 * {@link Work#FORMAT_VERSION} in {@code machine.json}.
 *
 * <h2>Javadoc</h2>
 * Each benchmark class's comment ends with the line that runs it by hand ({@code java -jar
 * target/benchmarks.jar ...}) and says where the sweep overrides its annotations.
 */
package corebench.bench;
