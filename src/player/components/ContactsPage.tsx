import { keepPhoneNumbersTogether } from '../../shared/phoneNumbers.ts';
import { usePlayer } from '../playerContext.ts';
import { PageHeading } from './PageHeading.tsx';

/** Whom to call: the theme's contacts (security officer, data protection officer, service desk …). */
export function ContactsPage() {
  const { course, lang, t } = usePlayer();
  const contacts = course.organisation.contacts;
  return (
    <article class="page contacts-page">
      <PageHeading view={t('contactsTitle')}>{t('contactsTitle')}</PageHeading>
      <p>{t('contactsIntro', { name: course.organisation.name[lang] })}</p>
      {contacts.length === 0 ? (
        <p>{t('contactsNone')}</p>
      ) : (
        <ul class="contact-list">
          {contacts.map((contact) => (
            <li key={contact.role[lang]} class="contact-card">
              <h2>{contact.role[lang]}</h2>
              {contact.name && <p class="contact-name">{contact.name[lang]}</p>}
              {(contact.phone || contact.email) && (
                <dl>
                  {contact.phone && (
                    <>
                      <dt>{t('phone')}</dt>
                      <dd>
                        <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                      </dd>
                    </>
                  )}
                  {contact.email && (
                    <>
                      <dt>{t('email')}</dt>
                      <dd>
                        <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      </dd>
                    </>
                  )}
                </dl>
              )}
              {contact.note && <p>{keepPhoneNumbersTogether(contact.note[lang] ?? '')}</p>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
