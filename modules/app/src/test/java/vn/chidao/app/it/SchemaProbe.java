package vn.chidao.app.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Gives in-container tests the application's persistence unit. */
@ApplicationScoped
public class SchemaProbe {

    @PersistenceUnit(unitName = "chidao")
    EntityManagerFactory factory;

    public EntityManagerFactory factory() {
        return factory;
    }
}
