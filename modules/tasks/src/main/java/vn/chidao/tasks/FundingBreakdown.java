package vn.chidao.tasks;

/** How a funding summary is broken down. */
public enum FundingBreakdown {
    DOCUMENT, PILLAR, UNIT, SOURCE
}
