package org.joinedup.pathway.internal;

/** How many of a workspace's convenors still have an active account: a closed or deactivated one convenes nothing. */
public interface ActiveConvenors {

    long countActiveConvenors(long workspaceId);
}
