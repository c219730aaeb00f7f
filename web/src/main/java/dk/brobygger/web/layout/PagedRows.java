package dk.brobygger.web.layout;

import dk.brobygger.domain.student.Page;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table paged by a service in the database. The table asks for the count and for the rows
 * separately; within one request the count comes from a page already fetched, so showing the first page is one
 * service call (and one audit event). Nothing is kept across requests: every request is checked anew.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches one page: (first row, page size) to the rows and the total. */
    public interface Fetch<T> extends java.io.Serializable {
        Page<T> page(int first, int size);
    }

    /** A row's key, unique within the table. */
    public interface Key<T> extends java.io.Serializable {
        Object of(T row);
    }

    private final Fetch<T> fetch;
    private final Key<T> key;
    private transient Page<T> shown;

    public PagedRows(Fetch<T> fetch, Key<T> key) {
        this.fetch = Objects.requireNonNull(fetch);
        this.key = Objects.requireNonNull(key);
    }

    @SuppressWarnings("unchecked")
    @Override
    public int count(Map<String, FilterMeta> filters) {
        Page<T> fetched = (Page<T>) requestMap().get(requestKey());
        return (int) (fetched != null ? fetched : page(0, getPageSize() > 0 ? getPageSize() : 25)).total();
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Page<T> page = page(first, size);
        setRowCount((int) page.total());
        return page.rows();
    }

    @SuppressWarnings("unchecked")
    private Page<T> page(int first, int size) {
        Map<String, Object> request = requestMap();
        shown = (Page<T>) request.computeIfAbsent(requestKey() + ":" + first + ":" + size,
                k -> fetch.page(first, size));
        request.put(requestKey(), shown);
        return shown;
    }

    private static Map<String, Object> requestMap() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }

    private String requestKey() {
        return PagedRows.class.getName() + "@" + System.identityHashCode(this);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return shown == null ? null
                : shown.rows().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
