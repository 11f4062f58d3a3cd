package vn.chidao.plan;

import java.time.LocalDate;

/** A horizon of a new target as the plan words it ("15% đến 20%", "trên 80", "tối thiểu 7%/năm") and its day. */
public record NewMilestone(String text, LocalDate due) {
}
