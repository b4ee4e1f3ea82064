package fr.ensemble.rendezvous.domain;

/** How many parties wait for a seat of a workshop. */
public record WaitingParties(long workshopId, long parties) {
}
