package corebench.format;

/**
 * How far a run's rounds got: machine.json's {@code rounds} record, written by the sweep after each round and
 * read by the sweep on resume and by the reporter for the run's settings. Absent before the first round ended
 * and in runs made before rounds; a field a file lacks reads as 0.
 *
 * @param minimum   rounds every run takes part in (the plan's forks)
 * @param planned   rounds the plan makes (headline runs take part in more)
 * @param completed rounds finished
 * @param seconds   time spent measuring them, over every sweep of the folder (a resume adds to it)
 */
public record RoundsDone(int minimum, int planned, int completed, double seconds) {
}
