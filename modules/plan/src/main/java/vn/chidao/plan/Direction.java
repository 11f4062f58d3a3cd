package vn.chidao.plan;

/** Whether a target is reached by going up (coverage, share of GRDP) or down (incidents, cost). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
