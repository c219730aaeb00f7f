package dk.brobygger.domain.student;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A page holds what a person reads, whatever a request asks for. */
class PageTest {

    @Test
    void aPageHoldsAtMostAHundredRowsAndAtLeastOne() {
        assertEquals(25, Page.rows(25));
        assertEquals(Page.MAX_ROWS, Page.rows(1_000_000));
        assertEquals(1, Page.rows(0));
        assertEquals(1, Page.rows(-5));
    }

    @Test
    void aPageNeverStartsBeforeTheFirstRow() {
        assertEquals(0, Page.first(-25));
        assertEquals(50, Page.first(50));
    }
}
