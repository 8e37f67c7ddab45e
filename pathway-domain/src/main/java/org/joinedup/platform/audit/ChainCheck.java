package org.joinedup.platform.audit;

/**
 * The result of checking the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenId  the first entry whose hash does not follow from its content and its
 *                       predecessor (it was edited, or an entry before it was deleted); null
 *                       when every entry follows
 * @param tailMissing    the newest entries were deleted: the chain ends before the hash the
 *                       portal last wrote
 */
public record ChainCheck(long entriesChecked, Long firstBrokenId, boolean tailMissing) {

    public boolean intact() {
        return firstBrokenId == null && !tailMissing;
    }
}
