package tw.vendorrisk.common;

import java.util.List;

/** The first items of a longer list, and how many there are in all. */
public record Listing<T>(List<T> items, long total) {

    public boolean more() {
        return total > items.size();
    }
}
