package dk.brobygger.domain;

import java.lang.reflect.Field;

/** Gives an entity the id the database would, for rules that compare people by id. */
public final class Ids {

    private Ids() {
    }

    public static <T> T of(T entity, long id) {
        try {
            Class<?> type = entity.getClass();
            while (type != null) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getName().equals("id")) {
                        field.setAccessible(true);
                        field.set(entity, id);
                        return entity;
                    }
                }
                type = type.getSuperclass();
            }
            throw new IllegalArgumentException(entity + " has no id");
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
