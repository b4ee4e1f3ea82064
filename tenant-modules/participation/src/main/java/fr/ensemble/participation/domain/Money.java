package fr.ensemble.participation.domain;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts are kept in cents and shown in euros, French style. */
public final class Money {

    private Money() {
    }

    public static String format(long cents) {
        NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        if (cents % 100 == 0) {
            euros.setMaximumFractionDigits(0);
        }
        return euros.format(cents / 100.0).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
