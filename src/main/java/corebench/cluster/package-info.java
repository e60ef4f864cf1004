/**
 * The {@code cluster} model's side of Hazelcast: configuration of members and clients (loopback only for
 * members corebench starts itself), the member's entry point and launcher, and the tasks that travel to
 * members as Hazelcast {@code IdentifiedDataSerializable} data (kernel wire id and primitive arguments,
 * never Java serialization).
 */
package corebench.cluster;
