package ru.portal500.practices.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.Practice;
import ru.portal500.shared.domain.NoSuchResourceException;

/** Page {@code /practice.xhtml?id=…}: one practice with its files, for everyone. */
@Named
@RequestScoped
public class PracticeBacking {

    @Inject
    PracticeBank bank;

    private String id;
    private Practice practice;

    public void load() {
        try {
            practice = bank.read(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
    }

    public Practice getPractice() {
        return practice;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
