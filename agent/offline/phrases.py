"""Every sentence the offline model writes, in English, Spanish and French."""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "footer": "(Answered by the offline model: {model}.)",
        "clarify_customer": "Which customer do you mean? Please give the customer id so I "
                            "can {task}.",
        "clarify_item": "Which product do you mean? Please give its stock code (StockCode).",
        "clarify_text": "Could you paste the text of the review, in quotes, so I can "
                        "analyse it?",
        "refuse_privacy": "Sorry, I cannot help with that: customers' personal data such as "
                          "addresses, phone numbers or e-mails is outside what I share. I can help with their segment, "
                          "recommendations, churn risk or feedback instead.",
        "clarify_topic": "What would you like to know about customer {customer}? I can "
                         "recommend products, give their segment, explain their churn risk or "
                         "summarise their feedback.",
        "refuse_aggregate": "Sorry, counting or totalling customers, orders or sales is "
                            "outside what I can do: none of my tools gives figures over the "
                            "whole customer base. I can "
                            "summarise customer feedback (by country, segment or month), give a "
                            "customer's segment, recommend products or explain a churn risk.",
        "refuse_aggregate_country": "Sorry, counting or totalling customers, orders or "
                                    "sales in {country} is outside what I can do: none of my "
                                    "tools gives those figures. I can "
                                    "summarise the feedback of customers in {country}, or give "
                                    "the segment, recommendations or churn risk of a customer "
                                    "whose id you give me.",
        "refuse": "Sorry, I can only help with marketing analytics for our shop: product "
                  "recommendations, customer segments, churn risk, customer feedback and our "
                  "marketing guidelines. That request is outside what I can do.",
        "help": "Hello! I am the marketing assistant. I can recommend products for a customer, "
                "tell you their segment, explain their churn risk, analyse customer feedback and "
                "search our playbooks and guidelines. Try: \"segment and recommendations for "
                "customer <id>\".",
        "task_recommend": "recommend products", "task_segment": "find their segment",
        "task_explain": "explain their prediction", "task_feedback": "analyse their feedback",
        "error": "I could not get {what} {cite}: {message}",
        "what_recommend-for-user": "recommendations", "what_segment-customer": "the segment",
        "what_explain-prediction": "the explanation",
        "what_analyse-feedback-sentiment": "the feedback analysis",
        "what_search-knowledge-base": "knowledge-base passages",
        "rec_head": "Recommended products for customer {customer}{context} {cite}:",
        "rec_ctx": " ({parts})", "rec_segment": "segment {segment}", "rec_country": "{country}",
        "rec_none": "I found no products to recommend for customer {customer} {cite}.",
        "rec_item": "{rank}. {description} ({stock_code}, {category}{price}){reason}",
        "price": ", £{price}",
        "seg_head": "Customer {customer} is in the segment \"{segment}\" {cite}. {description}",
        "seg_features": "Compared with the segment average: {items}.",
        "seg_feature": "{label} {value} vs {average}",
        "seg_actions": "Suggested actions: {actions}.",
        "exp_head": "Customer {customer} is {label} {cite}: probability of buying again "
                    "{engagement}, churn risk {risk}.",
        "exp_factors": "Main factors: {items}.",
        "exp_item": "Why {description} ({stock_code}) was recommended: {reasons}.",
        "exp_item_rank": " It ranks #{rank} in their recommendations.",
        "fb_single": "This feedback is {sentiment} (score {score}) {cite}.",
        "fb_head": "I analysed {count} feedback texts {cite}{filters}: {positive} positive, "
                   "{negative} negative.",
        "fb_filters": " ({filters})",
        "fb_none": "No stored feedback matches these filters ({filters}) {cite}.",
        "fb_themes": "Top themes: {themes}.",
        "fb_safety": "Safety concerns: {count} — for example \"{text}\".",
        "fb_no_safety": "No safety concerns were reported.",
        "fb_needs": "Unmet needs: {needs}.",
        "fb_generated": "Note: the stored feedback is generated (synthetic), not written by "
                        "real customers.",
        "kb_head": "From the knowledge base:",
        "kb_none": "I found nothing in the knowledge base about that {cite}.",
        "kb_item": "- \"{snippet}\" ({title}) {cite}",
        "no_results": "The tools returned nothing I can use, so I cannot answer that.",
        "not_understood": "Sorry, I could not understand that request. Could you rephrase it, "
                          "for example with the customer id and what you want to know?",
        "sentiment_positive": "positive", "sentiment_negative": "negative",
        "sentiment_neutral": "neutral",
    },
    "es": {
        "footer": "(Respuesta del modelo sin conexión: {model}.)",
        "clarify_customer": "¿A qué cliente te refieres? Indica el identificador del cliente "
                            "para que pueda {task}.",
        "clarify_item": "¿Qué producto quieres decir? Indica su código de artículo (StockCode).",
        "clarify_text": "¿Puedes pegar el texto de la opinión entre comillas para que pueda "
                        "analizarla?",
        "refuse_privacy": "Lo siento, no puedo compartir datos personales de los clientes "
                          "como direcciones, teléfonos o correos. Puedo ayudarte con su "
                          "segmento, recomendaciones, riesgo de abandono u opiniones.",
        "clarify_topic": "¿Qué quieres saber del cliente {customer}? Puedo recomendar "
                         "productos, darte su segmento, explicar su riesgo de abandono o resumir "
                         "sus opiniones.",
        "refuse_aggregate": "Lo siento, no puedo contar ni sumar clientes, pedidos o ventas: "
                            "ninguna de mis herramientas da cifras de toda la clientela. Puedo "
                            "resumir las opiniones de los clientes (por país, segmento o mes), "
                            "dar el segmento de un cliente, recomendar productos o explicar un "
                            "riesgo de abandono.",
        "refuse_aggregate_country": "Lo siento, no puedo contar ni sumar clientes, pedidos o "
                                    "ventas de {country}: ninguna de mis herramientas da esas "
                                    "cifras. Puedo resumir las opiniones de los clientes de "
                                    "{country}, o dar el segmento, las recomendaciones o el "
                                    "riesgo de abandono de un cliente si me das su id.",
        "refuse": "Lo siento, solo puedo ayudar con analítica de marketing de nuestra tienda: "
                  "recomendaciones de productos, segmentos de clientes, riesgo de abandono, "
                  "opiniones de clientes y nuestras guías de marketing. Esa solicitud queda "
                  "fuera de mi ámbito.",
        "help": "¡Hola! Soy el asistente de marketing. Puedo recomendar productos para un "
                "cliente, darte su segmento, explicar su riesgo de abandono, analizar opiniones "
                "y buscar en nuestras guías. Prueba: \"segmento y recomendaciones para el cliente <id>\".",
        "task_recommend": "recomendar productos", "task_segment": "buscar su segmento",
        "task_explain": "explicar su predicción", "task_feedback": "analizar sus opiniones",
        "error": "No pude obtener {what} {cite}: {message}",
        "what_recommend-for-user": "las recomendaciones",
        "what_segment-customer": "el segmento", "what_explain-prediction": "la explicación",
        "what_analyse-feedback-sentiment": "el análisis de opiniones",
        "what_search-knowledge-base": "pasajes de la base de conocimiento",
        "rec_head": "Productos recomendados para el cliente {customer}{context} {cite}:",
        "rec_ctx": " ({parts})", "rec_segment": "segmento {segment}", "rec_country": "{country}",
        "rec_none": "No encontré productos para recomendar al cliente {customer} {cite}.",
        "rec_item": "{rank}. {description} ({stock_code}, {category}{price}){reason}",
        "price": ", £{price}",
        "seg_head": "El cliente {customer} está en el segmento \"{segment}\" {cite}. "
                    "{description}",
        "seg_features": "Comparado con la media del segmento: {items}.",
        "seg_feature": "{label} {value} frente a {average}",
        "seg_actions": "Acciones sugeridas: {actions}.",
        "exp_head": "El cliente {customer} está {label} {cite}: probabilidad de volver a "
                    "comprar {engagement}, riesgo de abandono {risk}.",
        "exp_factors": "Factores principales: {items}.",
        "exp_item": "Por qué se recomendó {description} ({stock_code}): {reasons}.",
        "exp_item_rank": " Ocupa el puesto #{rank} en sus recomendaciones.",
        "fb_single": "Esta opinión es {sentiment} (puntuación {score}) {cite}.",
        "fb_head": "Analicé {count} opiniones {cite}{filters}: {positive} positivas, "
                   "{negative} negativas.",
        "fb_filters": " ({filters})",
        "fb_none": "Ninguna opinión almacenada coincide con estos filtros ({filters}) {cite}.",
        "fb_themes": "Temas principales: {themes}.",
        "fb_safety": "Problemas de seguridad: {count} — por ejemplo \"{text}\".",
        "fb_no_safety": "No se señalaron problemas de seguridad.",
        "fb_needs": "Necesidades no cubiertas: {needs}.",
        "fb_generated": "Nota: las opiniones almacenadas son generadas (sintéticas), no "
                        "escritas por clientes reales.",
        "kb_head": "Según la base de conocimiento:",
        "kb_none": "No encontré nada en la base de conocimiento sobre eso {cite}.",
        "kb_item": "- \"{snippet}\" ({title}) {cite}",
        "no_results": "Las herramientas no devolvieron nada útil, así que no puedo responder.",
        "not_understood": "Lo siento, no entendí la solicitud. ¿Puedes reformularla, por "
                          "ejemplo con el identificador del cliente y lo que quieres saber?",
        "sentiment_positive": "positiva", "sentiment_negative": "negativa",
        "sentiment_neutral": "neutra",
    },
    "fr": {
        "footer": "(Réponse du modèle hors ligne : {model}.)",
        "clarify_customer": "De quel client parlez-vous ? Donnez l'identifiant du client pour "
                            "que je puisse {task}.",
        "clarify_item": "De quel produit parlez-vous ? Donnez son code article (StockCode).",
        "clarify_text": "Pouvez-vous coller le texte de l'avis entre guillemets pour que je "
                        "puisse l'analyser ?",
        "refuse_privacy": "Désolé, je ne peux pas communiquer les données personnelles des "
                          "clients (adresse, téléphone, e-mail). Je peux vous aider avec leur "
                          "segment, des recommandations, leur risque d'attrition ou leurs avis.",
        "clarify_topic": "Que voulez-vous savoir sur le client {customer} ? Je peux recommander "
                         "des produits, donner son segment, expliquer son risque d'attrition ou "
                         "résumer ses avis.",
        "refuse_aggregate": "Désolé, je ne peux pas compter ni totaliser les clients, "
                            "commandes ou ventes : aucun de mes outils ne donne de chiffres sur "
                            "toute la clientèle. Je peux résumer les avis clients (par pays, "
                            "segment ou mois), donner le segment d'un client, recommander des "
                            "produits ou expliquer un risque d'attrition.",
        "refuse_aggregate_country": "Désolé, je ne peux pas compter ni totaliser les clients, "
                                    "commandes ou ventes pour {country} : aucun de mes outils "
                                    "ne donne ces chiffres. Je peux résumer les avis des "
                                    "clients de {country}, ou donner le segment, les "
                                    "recommandations ou le risque d'attrition d'un client dont "
                                    "vous me donnez l'identifiant.",
        "refuse": "Désolé, je ne peux aider que pour l'analyse marketing de notre boutique : "
                  "recommandations de produits, segments de clients, risque d'attrition, avis "
                  "clients et nos guides marketing. Cette demande sort de mon périmètre.",
        "help": "Bonjour ! Je suis l'assistant marketing. Je peux recommander des produits à un "
                "client, donner son segment, expliquer son risque d'attrition, analyser les avis "
                "clients et chercher dans nos guides. Essayez : \"segment et recommandations "
                "pour le client <id>\".",
        "task_recommend": "recommander des produits", "task_segment": "trouver son segment",
        "task_explain": "expliquer sa prédiction", "task_feedback": "analyser ses avis",
        "error": "Je n'ai pas pu obtenir {what} {cite} : {message}",
        "what_recommend-for-user": "les recommandations",
        "what_segment-customer": "le segment", "what_explain-prediction": "l'explication",
        "what_analyse-feedback-sentiment": "l'analyse des avis",
        "what_search-knowledge-base": "de passages de la base de connaissances",
        "rec_head": "Produits recommandés pour le client {customer}{context} {cite} :",
        "rec_ctx": " ({parts})", "rec_segment": "segment {segment}", "rec_country": "{country}",
        "rec_none": "Je n'ai trouvé aucun produit à recommander au client {customer} {cite}.",
        "rec_item": "{rank}. {description} ({stock_code}, {category}{price}){reason}",
        "price": ", {price} £",
        "seg_head": "Le client {customer} est dans le segment « {segment} » {cite}. "
                    "{description}",
        "seg_features": "Par rapport à la moyenne du segment : {items}.",
        "seg_feature": "{label} {value} contre {average}",
        "seg_actions": "Actions suggérées : {actions}.",
        "exp_head": "Le client {customer} est {label} {cite} : probabilité de racheter "
                    "{engagement}, risque d'attrition {risk}.",
        "exp_factors": "Principaux facteurs : {items}.",
        "exp_item": "Pourquoi {description} ({stock_code}) a été recommandé : {reasons}.",
        "exp_item_rank": " Il est n°{rank} dans ses recommandations.",
        "fb_single": "Cet avis est {sentiment} (score {score}) {cite}.",
        "fb_head": "J'ai analysé {count} avis {cite}{filters} : {positive} positifs, "
                   "{negative} négatifs.",
        "fb_filters": " ({filters})",
        "fb_none": "Aucun avis stocké ne correspond à ces filtres ({filters}) {cite}.",
        "fb_themes": "Thèmes principaux : {themes}.",
        "fb_safety": "Problèmes de sécurité : {count} — par exemple « {text} ».",
        "fb_no_safety": "Aucun problème de sécurité signalé.",
        "fb_needs": "Besoins non satisfaits : {needs}.",
        "fb_generated": "Remarque : les avis stockés sont générés (synthétiques), pas écrits par "
                        "de vrais clients.",
        "kb_head": "D'après la base de connaissances :",
        "kb_none": "Je n'ai rien trouvé dans la base de connaissances à ce sujet {cite}.",
        "kb_item": "- « {snippet} » ({title}) {cite}",
        "no_results": "Les outils n'ont rien renvoyé d'utilisable, je ne peux donc pas répondre.",
        "not_understood": "Désolé, je n'ai pas compris la demande. Pouvez-vous la reformuler, "
                          "par exemple avec l'identifiant du client et ce que vous voulez savoir ?",
        "sentiment_positive": "positif", "sentiment_negative": "négatif",
        "sentiment_neutral": "neutre",
    },
}


def phrase(language: str, key: str, **values: object) -> str:
    """One sentence in ``language`` (English when the key or language is missing)."""
    table = PHRASES.get(language, PHRASES["en"])
    template = table.get(key, PHRASES["en"][key])
    return template.format(**values)
